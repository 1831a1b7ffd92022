package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.readiness.facts.Platform;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The platforms of {@code stack.yml} through the real pipeline: each signal on an ordinary Express service makes
 * the lifecycle rules N/A with a reason that names the platform and the signal; look-alikes leave them applicable.
 */
class PlatformDetectionTest {
    private static final String EXPRESS = """
            {
              "name": "svc",
              "dependencies": {
                "express": "4.19.2"
              }
            }
            """;
    private static final String APP = "const express = require('express');\nexpress().listen(3000);\n";

    @TempDir
    Path root;

    /** file|text: the signal written into an Express service (\n for line breaks); the platform; the reason. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '^', textBlock = """
            vercel.json|{"regions": ["fra1"]}                          ; vercel             ; Vercel (vercel.json)
            apps/web/netlify.toml|[build]\\n  command = "npm run build" ; netlify            ; Netlify (apps/web/netlify.toml)
            netlify/functions/hello.mjs|export default async () => new Response('hi') ; netlify            ; Netlify (netlify/functions/hello.mjs)
            serverless.yml|service: svc\\nprovider:\\n  name: aws        ; aws-lambda         ; AWS Lambda (serverless.yml)
            template.yaml|AWSTemplateFormatVersion: '2010-09-09'\\nTransform: AWS::Serverless-2016-10-31; aws-lambda; AWS Lambda (Transform: AWS::Serverless-2016-10-31 at template.yaml:2)
            src/handler.js|exports.handler = async (event) => ({ statusCode: 200 }) ; aws-lambda ; AWS Lambda (exports.handler = async (event) => ({ statusCode: 200 }) at src/handler.js:1)
            src/handler.ts|export const handler: Handler = async (event, context) => ok() ; aws-lambda ; AWS Lambda (export const handler: Handler = async (event, context) => o… at src/handler.ts:1)
            app/main.py|import json\\n\\ndef lambda_handler(event, context):\\n    return {}; aws-lambda; AWS Lambda (def lambda_handler(event, context): at app/main.py:3)
            requirements.txt|fastapi==0.110.0\\nmangum==0.17.0           ; aws-lambda         ; AWS Lambda (mangum ==0.17.0 at requirements.txt:2)
            wrangler.toml|name = "svc"\\nmain = "src/index.ts"            ; cloudflare-workers ; Cloudflare Workers (wrangler.toml)
            firebase.json|{\\n  "functions": {"source": "functions"}\\n}   ; firebase-functions ; Cloud Functions for Firebase ("functions": {"source": "functions"} at firebase.json:2)
            """)
    void aSignalMakesTheLifecycleRulesNotApplicable(String signal, String platform, String named) throws IOException {
        writeService();
        String[] parts = signal.split("\\|", 2);
        write(parts[0], parts[1].replace("\\n", "\n"));

        AuditReport report = Audits.auditTree(root, 1);

        assertEquals(List.of(platform), report.stack().platforms().stream().map(Platform::id).toList());
        String reason = "deployed on " + named;
        for (String rule : List.of("deployment.no-graceful-shutdown", "monitoring.no-health-endpoint",
                "deployment.no-container")) {
            assertEquals(new Outcome.NotApplicable(reason), outcome(report, rule), rule);
        }
    }

    @Test
    void aPlatformPackageInTheManifestIsASignal() throws IOException {
        write("package.json", EXPRESS.replace("\"express\": \"4.19.2\"",
                "\"express\": \"4.19.2\",\n    \"@vercel/analytics\": \"1.3.1\""));
        write("index.js", APP);

        AuditReport report = Audits.auditTree(root, 1);

        assertEquals(new Outcome.NotApplicable("deployed on Vercel (@vercel/analytics 1.3.1 at package.json:5)"),
                outcome(report, "deployment.no-graceful-shutdown"));
    }

    /** Files and packages that look like a platform but run anywhere, or host no code, say nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '^', textBlock = """
            firebase.json|{"hosting": {"public": "dist"}}
            template.yaml|AWSTemplateFormatVersion: '2010-09-09'\\nResources:\\n  Bucket:\\n    Type: AWS::S3::Bucket
            src/errors.ts|export const handler = (err, req, res, next) => res.status(500).end();
            docs/lambda.md|Write `exports.handler = async (event) => {}` in a Lambda.
            """)
    void lookAlikesAreNoSignal(String signal) throws IOException {
        writeService();
        String[] parts = signal.split("\\|", 2);
        write(parts[0], parts[1].replace("\\n", "\n"));

        AuditReport report = Audits.auditTree(root, 1);

        assertEquals(List.of(), report.stack().platforms());
        assertInstanceOf(Outcome.Failed.class, outcome(report, "deployment.no-graceful-shutdown"));
        assertInstanceOf(Outcome.Failed.class, outcome(report, "monitoring.no-health-endpoint"));
    }

    @Test
    void buildToolsAndServiceClientsOfAPlatformAreNoSignal() throws IOException {
        write("package.json", EXPRESS.replace("\"express\": \"4.19.2\"",
                "\"express\": \"4.19.2\",\n    \"@vercel/ncc\": \"0.38.1\",\n    \"@vercel/blob\": \"0.23.0\""));
        write("index.js", APP);

        assertEquals(List.of(), Audits.auditTree(root, 1).stack().platforms());
    }

    /**
     * A compose file for local services beside a serverless deploy is no production container, so its missing
     * health check is N/A; the container rules about the image itself still judge a Dockerfile that is there.
     */
    @Test
    void containerHealthCheckIsNotApplicableOnAPlatformButImageRulesStay() throws IOException {
        writeService();
        write("vercel.json", "{}");
        write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
        write("Dockerfile", "FROM node:20.12-alpine\nCOPY . .\nCMD [\"node\", \"index.js\"]\n");

        AuditReport report = Audits.auditTree(root, 1);

        assertEquals(new Outcome.NotApplicable("deployed on Vercel (vercel.json)"),
                outcome(report, "deployment.no-healthcheck"));
        assertInstanceOf(Outcome.Failed.class, outcome(report, "deployment.dockerfile-root"));
    }

    private void writeService() throws IOException {
        write("package.json", EXPRESS);
        write("index.js", APP);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Outcome outcome(AuditReport report, String ruleId) {
        for (ModuleResult module : report.modules()) {
            for (RuleResult result : module.results()) {
                if (result.rule().id().equals(ruleId)) {
                    return result.outcome();
                }
            }
        }
        throw new AssertionError("no rule " + ruleId);
    }
}
