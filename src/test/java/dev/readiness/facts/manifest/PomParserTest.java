package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PomParserTest {

    private static final String SPRING_SERVICE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-parent</artifactId>
                <version>3.2.5</version>
              </parent>
              <groupId>com.acme</groupId>
              <artifactId>orders</artifactId>
              <properties>
                <stripe.version>25.3.0</stripe.version>
                <testcontainers.version>${tc.base}.2</testcontainers.version>
                <tc.base>1.19</tc.base>
              </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>com.google.cloud</groupId>
                    <artifactId>libraries-bom</artifactId>
                    <version>26.37.0</version>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId>
                </dependency>
                <dependency>
                  <groupId>com.stripe</groupId>
                  <artifactId>stripe-java</artifactId>
                  <version>${stripe.version}</version>
                  <exclusions>
                    <exclusion>
                      <groupId>com.google.code.gson</groupId>
                      <artifactId>gson</artifactId>
                    </exclusion>
                  </exclusions>
                </dependency>
                <dependency>
                  <groupId>${project.groupId}</groupId>
                  <artifactId>orders-api</artifactId>
                  <version>${project.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.testcontainers</groupId>
                  <artifactId>postgresql</artifactId>
                  <version>${testcontainers.version}</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>org.example</groupId>
                  <artifactId>defined-upstream</artifactId>
                  <version>${undefined.version}</version>
                </dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <dependencies>
                      <dependency>
                        <groupId>org.junit.platform</groupId>
                        <artifactId>junit-platform-surefire-provider</artifactId>
                      </dependency>
                    </dependencies>
                  </plugin>
                </plugins>
              </build>
              <profiles>
                <profile>
                  <id>observability</id>
                  <dependencies>
                    <dependency>
                      <groupId>io.sentry</groupId>
                      <artifactId>sentry-spring-boot-starter-jakarta</artifactId>
                      <version>7.8.0</version>
                    </dependency>
                  </dependencies>
                </profile>
              </profiles>
            </project>
            """;

    @Test
    void readsParentProjectAndProfileDependenciesResolvingProperties() {
        FileFacts facts = ManifestFixture.extract("services/orders/pom.xml", SPRING_SERVICE);

        String path = "services/orders/pom.xml";
        assertEquals(List.of(
                new Dependency("maven", "org.springframework.boot:spring-boot-starter-parent", "3.2.5", path, 4, false),
                new Dependency("maven", "org.springframework.boot:spring-boot-starter-web", "", path, 26, false),
                new Dependency("maven", "com.stripe:stripe-java", "25.3.0", path, 30, false),
                new Dependency("maven", "com.acme:orders-api", "3.2.5", path, 41, false),
                new Dependency("maven", "org.testcontainers:postgresql", "1.19.2", path, 46, true),
                new Dependency("maven", "org.example:defined-upstream", "${undefined.version}", path, 52, false),
                new Dependency("maven", "io.sentry:sentry-spring-boot-starter-jakarta", "7.8.0", path, 76, false)),
                facts.dependencies());
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void truncatedPomKeepsTheDependenciesBeforeTheBreak() {
        FileFacts facts = ManifestFixture.extract("pom.xml", """
                <project>
                  <dependencies>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.flyway
                """);

        assertEquals(List.of(new Dependency("maven", "org.postgresql:postgresql", "", "pom.xml", 3, false)),
                facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse pom.xml: XML document structures must start and end"), warning);
        assertTrue(warning.endsWith("(line 9, column 1)"), warning);
    }

    @Test
    void emptyPomIsReportedWithoutTheJdkLocationPrefix() {
        FileFacts facts = ManifestFixture.extract("pom.xml", "");

        assertEquals(List.of("could not parse pom.xml: Premature end of file. (line 1, column 1)"), facts.warnings());
    }

    @Test
    void externalEntitiesAreNotResolved() {
        FileFacts facts = ManifestFixture.extract("pom.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <project>
                  <dependencies>
                    <dependency>
                      <groupId>&secret;</groupId>
                      <artifactId>leak</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """);

        assertEquals(List.of(), facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.contains("\"secret\""), warning);
    }
}
