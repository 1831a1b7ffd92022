package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradleBuildParserTest {

    @Test
    void readsGroovyDeclarationForms() {
        FileFacts facts = ManifestFixture.extract("app/build.gradle", """
                plugins {
                    id 'org.springframework.boot' version '3.2.5'
                }
                repositories {
                    maven { url "https://repo.example.org/releases" } // not a comment inside the string
                }
                dependencies {
                    implementation platform('org.springframework.boot:spring-boot-dependencies:3.2.5')
                    implementation 'org.springframework.boot:spring-boot-starter-web'
                    implementation "com.stripe:stripe-java:$stripeVersion"
                    api group: 'com.google.guava', name: 'guava', version: '33.1.0-jre'
                    runtimeOnly 'org.postgresql:postgresql:42.7.3', 'io.micrometer:micrometer-core:1.12.5'
                    compileOnly 'org.projectlombok:lombok:1.18.32@jar'
                    // implementation 'com.example:commented-out:1.0'
                    /* testImplementation 'com.example:block-commented:1.0'
                       testImplementation 'com.example:still-commented:1.0' */
                    implementation project(':core')
                    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'
                    implementationDetails 'com.example:not-a-configuration:1.0'
                }
                """);

        String path = "app/build.gradle";
        assertEquals(List.of(
                new Dependency("maven", "org.springframework.boot:spring-boot-dependencies", "3.2.5", path, 8, false),
                new Dependency("maven", "org.springframework.boot:spring-boot-starter-web", "", path, 9, false),
                new Dependency("maven", "com.stripe:stripe-java", "$stripeVersion", path, 10, false),
                new Dependency("maven", "com.google.guava:guava", "33.1.0-jre", path, 11, false),
                new Dependency("maven", "org.postgresql:postgresql", "42.7.3", path, 12, false),
                new Dependency("maven", "io.micrometer:micrometer-core", "1.12.5", path, 12, false),
                new Dependency("maven", "org.projectlombok:lombok", "1.18.32", path, 13, false),
                new Dependency("maven", "org.junit.jupiter:junit-jupiter", "5.10.2", path, 18, true)),
                facts.dependencies());
    }

    @Test
    void readsKotlinDslDeclarationForms() {
        String path = "build.gradle.kts";
        FileFacts facts = ManifestFixture.extract(path, """
                dependencies {
                    implementation(platform("software.amazon.awssdk:bom:2.25.40"))
                    implementation("software.amazon.awssdk:s3")
                    implementation(group = "io.sentry", name = "sentry", version = "7.8.0")
                    implementation(libs.jackson.databind)
                    kapt("com.google.dagger:dagger-compiler:2.51.1")
                    testImplementation("io.mockk:mockk:1.13.10") {
                        because("reason: mocking")
                    }
                    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
                }
                dependencies { api("io.micrometer:micrometer-core:1.12.5") }
                """);

        assertEquals(List.of(
                new Dependency("maven", "software.amazon.awssdk:bom", "2.25.40", path, 2, false),
                new Dependency("maven", "software.amazon.awssdk:s3", "", path, 3, false),
                new Dependency("maven", "io.sentry:sentry", "7.8.0", path, 4, false),
                new Dependency("maven", "com.google.dagger:dagger-compiler", "2.51.1", path, 6, false),
                new Dependency("maven", "io.mockk:mockk", "1.13.10", path, 7, true),
                new Dependency("maven", "org.junit.platform:junit-platform-launcher", "", path, 10, true),
                new Dependency("maven", "io.micrometer:micrometer-core", "1.12.5", path, 12, false)),
                facts.dependencies());
    }
}
