package dev.readiness.facts.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EnvReferenceExtractorTest {
    private final EnvReferenceExtractor extractor = new EnvReferenceExtractor();

    private List<String> references(String path, String text) {
        return Extraction.envReferences(extractor, path, text);
    }

    @Test
    void pythonReads() {
        String text = """
                import os
                from os import environ, getenv
                a = os.getenv("DATABASE_URL")
                b = os.getenv('PORT', '8000')
                c = os.environ["SECRET_KEY"]
                d = os.environ.get("DEBUG", "0")
                e = environ.get('REDIS_URL')
                f = getenv("SENTRY_DSN")
                g = env("DJANGO_KEY")
                h = env.bool("DJANGO_DEBUG", default=False)
                i = config("STRIPE_KEY", cast=str)
                if os.environ["MODE"] == "prod": pass
                """;
        assertEquals(List.of("DATABASE_URL:3", "PORT:4", "SECRET_KEY:5", "DEBUG:6", "REDIS_URL:7",
                "SENTRY_DSN:8", "DJANGO_KEY:9", "DJANGO_DEBUG:10", "STRIPE_KEY:11", "MODE:12"),
                references("app/settings.py", text));
    }

    @Test
    void pythonNegatives() {
        String text = """
                \"\"\"Reads os.getenv("IN_DOCSTRING").\"\"\"
                # os.getenv("IN_COMMENT")
                s = 'os.getenv("IN_STRING")'
                name = "X"
                a = os.getenv(name)
                b = os.getenv(f"PREFIX_{name}")
                c = os.getenv("not-a-name")
                os.environ["WRITTEN"] = "1"
                d = self.config("METHOD_ON_OBJECT")
                e = os.getenv("KEPT")  # os.getenv("TRAILING_COMMENT")
                """;
        assertEquals(List.of("KEPT:10"), references("app/settings.py", text));
    }

    @Test
    void pydanticSettingsFieldsWithPrefixesAndAliases() {
        String text = """
                from pydantic import Field
                from pydantic_settings import BaseSettings, SettingsConfigDict

                class Settings(BaseSettings):
                    \"\"\"App settings: not_a_field: str\"\"\"
                    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env")

                    database_url: str
                    debug: bool = False
                    # commented: str
                    api_key: str = Field(..., alias="STRIPE_API_KEY")
                    token: str = Field(
                        default="",
                        validation_alias="GITHUB_TOKEN",
                    )
                    _private: int = 0
                    counter: ClassVar[int] = 0

                    def url(self) -> str:
                        local: str = "x"
                        return self.database_url

                class Legacy(pydantic.BaseSettings):
                    redis_url: str = "redis://"
                    dsn: str = Field("", env="SENTRY_DSN")

                    class Config:
                        env_prefix = "OLD_"

                class Production(Settings):
                    replicas: int = 3

                class NotSettings(BaseModel):
                    name: str
                """;
        assertEquals(List.of("APP_DATABASE_URL:8", "APP_DEBUG:9", "STRIPE_API_KEY:11", "GITHUB_TOKEN:12",
                "OLD_REDIS_URL:24", "SENTRY_DSN:25", "APP_REPLICAS:31"), references("app/config.py", text));
    }

    @Test
    void javaScriptReads() {
        String text = """
                const a = process.env.DATABASE_URL;
                const b = process.env["API_KEY"];
                const c = process.env?.OPTIONAL;
                const { HOST, PORT: port, MODE = 'dev', ...rest } = process.env;
                const {
                  MULTI_A,
                  MULTI_B,
                } = process.env;
                const v = import.meta.env.VITE_API_URL;
                const d = Deno.env.get("DENO_TOKEN");
                const e = Bun.env.BUN_KEY;
                const url = `https://${process.env.TEMPLATE_HOST}/api`;
                """;
        assertEquals(List.of("DATABASE_URL:1", "API_KEY:2", "OPTIONAL:3", "HOST:4", "MODE:4", "PORT:4",
                "MULTI_A:6", "MULTI_B:7", "VITE_API_URL:9", "DENO_TOKEN:10", "BUN_KEY:11", "TEMPLATE_HOST:12"),
                references("src/config.ts", text));
    }

    @Test
    void javaScriptNegatives() {
        String text = """
                // process.env.IN_COMMENT
                /* const { BLOCK } = process.env */
                const s = "process.env.IN_STRING";
                const t = process.env[name];
                const u = process.env[`PREFIX_${name}`];
                process.env.WRITTEN = "1";
                const has = process.env.hasOwnProperty("X");
                const ok = process.env.KEPT === "1";
                """;
        assertEquals(List.of("KEPT:8"), references("src/config.js", text));
    }

    @Test
    void goRubyAndPhpReads() {
        assertEquals(List.of("PORT:2", "TOKEN:3", "RAW:4"), references("main.go", """
                // os.Getenv("COMMENTED")
                port := os.Getenv("PORT")
                token, ok := os.LookupEnv("TOKEN")
                raw := os.Getenv(`RAW`)
                dyn := os.Getenv(name)
                """));
        assertEquals(List.of("DATABASE_URL:1", "SECRET:2", "REDIS:3", "INTERPOLATED:4"), references("config.rb", """
                url = ENV["DATABASE_URL"]
                secret = ENV.fetch('SECRET')
                redis = ENV.fetch("REDIS", "redis://localhost") # ENV["COMMENTED"]
                msg = "host: #{ENV['INTERPOLATED']}"
                ENV["WRITTEN"] = "1"
                """));
        assertEquals(List.of("DB_HOST:2", "APP_KEY:3", "MAIL_HOST:4"), references("config/app.php", """
                <?php
                $host = getenv('DB_HOST');
                $key = $_ENV['APP_KEY']; # getenv('COMMENTED')
                return ['mail' => env('MAIL_HOST', 'localhost')];
                // env('COMMENTED_TOO')
                """));
    }

    @Test
    void springPropertiesTakeOnlyUpperSnakePlaceholders() {
        String text = """
                spring.datasource.url=${DATABASE_URL}
                server.port=${PORT:8080}
                app.name=${spring.application.name}
                app.lower=${lowercase}
                # secret=${COMMENTED}
                app.both=${HOST:localhost}:${REDIS_PORT:6379}
                """;
        assertEquals(List.of("DATABASE_URL:1", "PORT:2", "HOST:6", "REDIS_PORT:6"),
                references("src/main/resources/application-prod.properties", text));
    }

    @Test
    void yamlPlaceholders() {
        String compose = """
                services:
                  app:
                    environment:
                      DATABASE_URL: ${DATABASE_URL}
                      PORT: "${PORT:-8000}"
                      mode: ${mode-dev}
                      LITERAL: $${NOT_EXPANDED}
                      # SECRET: ${COMMENTED}
                      url: http://host/#${AFTER_HASH}
                """;
        assertEquals(List.of("DATABASE_URL:4", "PORT:5", "mode:6", "AFTER_HASH:9"),
                references("docker-compose.yml", compose));
        assertEquals(List.of("JWT_SECRET:3"), references("src/main/resources/application.yml", """
                spring:
                  jwt:
                    secret: ${JWT_SECRET:dev}
                    name: ${spring.application.name}
                    other: ${lower_case}
                """));
    }

    @Test
    void skipsDockerfilesAndOtherPropertiesFiles() {
        assertFalse(extractor.accepts(Extraction.entry("docker/Dockerfile", 1)));
        assertFalse(extractor.accepts(Extraction.entry("gradle.properties", 1)));
        assertFalse(extractor.accepts(Extraction.entry("src/App.java", 1)));
    }
}
