import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic monorepo of N files for the benchmark, the same bytes for the same seed.
 * Usage: java bench/GenerateRepo.java OUT_DIR FILES [SEED]
 *
 * <p>Proportions follow a typical polyglot service monorepo: mostly Python, TypeScript and Java source, then YAML,
 * Markdown, a manifest and a lock file per package, .env files, and a few minified bundles of 200-900 KB.
 */
final class GenerateRepo {
    private static final String[] WORDS = {"user", "order", "payment", "invoice", "session", "token", "cache",
            "queue", "report", "account", "email", "upload", "search", "audit", "billing", "profile"};

    private final Random random;
    private final Path out;

    private GenerateRepo(Path out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new GenerateRepo(out, seed).generate(files);
    }

    private void generate(int total) throws IOException {
        int perPackage = 100;
        for (int written = 0; written < total; ) {
            int pkg = written / perPackage;
            Path base = out.resolve("packages/p" + (pkg / 100) + "/svc" + pkg);
            written += writePackage(base, Math.min(perPackage, total - written));
        }
    }

    private int writePackage(Path base, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            int roll = i == 0 ? -1 : i == 1 ? -2 : random.nextInt(100);
            String word = WORDS[random.nextInt(WORDS.length)];
            if (roll == -1) {
                write(base.resolve("package.json"), packageJson());
            } else if (roll == -2) {
                write(base.resolve("package-lock.json"), lockFile());
            } else if (roll < 30) {
                write(base.resolve("app/" + word + "_" + i + ".py"), python(word));
            } else if (roll < 55) {
                write(base.resolve("src/" + word + i + ".ts"), typescript(word));
            } else if (roll < 75) {
                write(base.resolve("src/main/java/com/acme/" + word + "/" + cap(word) + i + ".java"), java(word, i));
            } else if (roll < 85) {
                write(base.resolve("deploy/" + word + i + ".yaml"), yaml(word));
            } else if (roll < 95) {
                write(base.resolve("docs/" + word + i + ".md"), markdown(word));
            } else if (roll < 98) {
                write(base.resolve("config/.env." + word + i), env(word));
            } else {
                write(base.resolve("public/" + word + i + ".min.js"), minified(200_000 + random.nextInt(700_000)));
            }
        }
        return count;
    }

    private String python(String word) {
        StringBuilder s = new StringBuilder("import os\nimport logging\nfrom fastapi import APIRouter\n\n")
                .append("router = APIRouter()\nlog = logging.getLogger(__name__)\n")
                .append(word.toUpperCase()).append("_URL = os.getenv(\"").append(word.toUpperCase()).append("_URL\")\n\n");
        for (int f = 0, n = 5 + random.nextInt(40); f < n; f++) {
            s.append("@router.get(\"/").append(word).append("/").append(f).append("\")\n")
                    .append("async def get_").append(word).append(f).append("(item_id: int, limit: int = 10):\n")
                    .append("    \"\"\"Return the ").append(word).append(" with paging.\"\"\"\n")
                    .append("    rows = [x * ").append(f).append(" for x in range(limit)]\n")
                    .append("    log.info(\"fetched %d rows\", len(rows))\n")
                    .append("    return {\"id\": item_id, \"rows\": rows}\n\n");
        }
        return s.toString();
    }

    private String typescript(String word) {
        StringBuilder s = new StringBuilder("import express from 'express';\nimport { z } from 'zod';\n\n")
                .append("const apiUrl = process.env.").append(word.toUpperCase()).append("_API_URL;\n")
                .append("export const router = express.Router();\n\n");
        for (int f = 0, n = 5 + random.nextInt(40); f < n; f++) {
            s.append("router.get('/").append(word).append("/").append(f).append("', async (req, res) => {\n")
                    .append("  const schema = z.object({ id: z.string(), limit: z.number().max(").append(f + 10)
                    .append(") });\n  const body = schema.parse(req.query);\n")
                    .append("  const result = await fetch(`${apiUrl}/").append(word).append("/${body.id}`);\n")
                    .append("  res.json(await result.json());\n});\n\n");
        }
        return s.toString();
    }

    private String java(String word, int index) {
        String type = cap(word) + index;
        StringBuilder s = new StringBuilder("package com.acme.").append(word).append(";\n\n")
                .append("import java.util.List;\nimport java.util.Map;\nimport org.springframework.stereotype.Service;\n")
                .append("import org.springframework.beans.factory.annotation.Value;\n\n@Service\npublic class ")
                .append(type).append(" {\n    @Value(\"${").append(word).append(".url}\")\n    private String url;\n\n");
        for (int f = 0, n = 5 + random.nextInt(30); f < n; f++) {
            s.append("    public List<String> find").append(f).append("(Map<String, Integer> filter) {\n")
                    .append("        int limit = filter.getOrDefault(\"limit\", ").append(f).append(");\n")
                    .append("        return List.of(url, String.valueOf(limit), \"").append(word).append("\");\n")
                    .append("    }\n\n");
        }
        return s.append("}\n").toString();
    }

    private String yaml(String word) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + word + "\nspec:\n  replicas: "
                + (1 + random.nextInt(5)) + "\n  template:\n    spec:\n      containers:\n        - name: " + word
                + "\n          image: registry.example.com/" + word + ":1." + random.nextInt(50)
                + "\n          env:\n            - name: LOG_LEVEL\n              value: info\n"
                + "          resources:\n            limits:\n              memory: 512Mi\n";
    }

    private String markdown(String word) {
        StringBuilder s = new StringBuilder("# ").append(cap(word)).append(" service\n\n");
        for (int p = 0, n = 3 + random.nextInt(20); p < n; p++) {
            s.append("The ").append(word).append(" service handles requests for ").append(WORDS[random.nextInt(WORDS.length)])
                    .append(" data and keeps its state in Postgres. Run `make test` before a release.\n\n");
        }
        return s.toString();
    }

    private String env(String word) {
        return "DATABASE_URL=postgres://localhost/" + word + "\nLOG_LEVEL=debug\n" + word.toUpperCase()
                + "_API_KEY=changeme\n";
    }

    private String packageJson() {
        return "{\n  \"name\": \"svc\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n"
                + "    \"express\": \"^4.19.2\",\n    \"zod\": \"^3.23.8\",\n    \"pino\": \"^9.3.2\"\n  },\n"
                + "  \"devDependencies\": {\n    \"jest\": \"^29.7.0\"\n  }\n}\n";
    }

    private String lockFile() {
        StringBuilder s = new StringBuilder("{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
        for (int p = 0, n = 200 + random.nextInt(800); p < n; p++) {
            s.append("    \"node_modules/dep").append(p).append("\": {\"version\": \"1.").append(p % 30)
                    .append(".0\", \"integrity\": \"sha512-").append(Long.toHexString(random.nextLong()))
                    .append("\"},\n");
        }
        return s.append("    \"\": {}\n  }\n}\n").toString();
    }

    private String minified(int size) {
        StringBuilder s = new StringBuilder(size + 200);
        while (s.length() < size) {
            s.append("var ").append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(999))
                    .append("=function(e,t){return e&&t?e.").append(WORDS[random.nextInt(WORDS.length)])
                    .append("(t):null};");
        }
        return s.toString();
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
