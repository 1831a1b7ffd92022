package dev.readiness.report;

import java.util.List;

/** What the Markdown template sees: every value already worded and escaped for its place. */
record MarkdownView(String title, String date, String status, String score, List<String> summary,
                    List<Row> stack, List<ScoreRow> scorecard, List<Section> sections, List<Working> working,
                    Environment environment, List<Phase> roadmap, List<CheckItem> checklist,
                    List<Row> notApplicable, List<String> warnings, List<SuppressedSection> suppressedSection,
                    String footer) {

    record Row(String label, String value) {
    }

    record ScoreRow(String category, String score, String grade, String status, String topIssue) {
    }

    record Section(String heading, List<FindingView> findings) {
    }

    record FindingView(int number, String title, String ruleId, String severity, String state, String impact,
                       String currentState, List<String> evidence, List<String> actions, List<CodeBlock> commands,
                       String effort) {
    }

    record CodeBlock(String fence, String text) {
    }

    record Working(String title, String ruleId, String evidence) {
    }

    record Environment(List<EnvRow> rows, List<String> undocumented, String example) {
    }

    record EnvRow(String name, String locations, String documented) {
    }

    record Phase(String name, String hours, List<String> items) {
    }

    record CheckItem(String mark, String text) {
    }

    /** Present (one element) only when something is suppressed or a suppression needs attention. */
    record SuppressedSection(List<SuppressedRow> rows, List<String> warnings) {
    }

    record SuppressedRow(String title, String ruleId, String severity, String where, String reason) {
    }
}
