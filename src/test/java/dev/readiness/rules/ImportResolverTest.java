package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.ImportRef;
import dev.readiness.facts.Inventory;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportResolverTest {
    private static final List<String> PATHS = List.of(
            "app/__init__.py", "app/security.py", "app/routes/__init__.py", "app/routes/github.py",
            "app/routes/helpers.py", "app/lib/__init__.py", "app/lib/signing.py",
            "backend/src/shop/__init__.py", "backend/src/shop/verify.py", "backend/src/shop/api/hooks.py",
            "web/src/lib/webhooks.ts", "web/src/lib/index.ts", "web/src/util/index.js", "web/src/app/api/hook/route.ts",
            "web/src/lib/stripe.mts",
            "svc/src/main/java/com/acme/web/GithubController.java",
            "svc/src/main/java/com/acme/web/Signatures.java",
            "svc/src/main/java/com/acme/security/WebhookVerifier.java",
            "svc/src/main/java/com/acme/security/Hmac.kt",
            "common/src/main/java/com/acme/shared/Crypto.java",
            "cmd/api/main.go", "internal/webhook/verify.go", "internal/webhook/verify_test.go",
            "internal/webhook/README.md", "http/server.go");

    private final ImportResolver resolver = new ImportResolver(Inventory.builder().files(PATHS.stream()
            .map(ImportResolverTest::file).toList())
            .dependencies(List.of(new Dependency("go", "github.com/stripe/stripe-go/v79", "v79.1.0", "go.mod", 5, false)))
            .imports(List.of(new ImportRef("app.security", "app/routes/github.py", 3),
                    new ImportRef("stripe", "app/routes/github.py", 4),
                    new ImportRef("./webhooks", "web/src/lib/index.ts", 1),
                    new ImportRef("zod", "web/src/lib/index.ts", 2),
                    new ImportRef(".signing", "app/lib/__init__.py", 1, List.of("verify"))))
            .build());

    @Test
    void pythonAbsoluteModulesFromTheRootOrASourceFolderAbove() {
        assertEquals(List.of("app/security.py"), resolve("app.security", "app/routes/github.py"));
        assertEquals(List.of("app/__init__.py"), resolve("app", "app/routes/github.py"));
        assertEquals(List.of("backend/src/shop/verify.py"), resolve("shop.verify", "backend/src/shop/api/hooks.py"));
        assertEquals(List.of(), resolve("stripe", "app/routes/github.py"));
        assertEquals(List.of(), resolve("shop.verify", "app/routes/github.py"), "backend/src is not above app/");
    }

    @Test
    void pythonFromImportsTryTheNamesAsSubmodulesFirst() {
        assertEquals(List.of("app/security.py"), resolve("app", List.of("security"), "app/routes/github.py"));
        assertEquals(List.of("app/security.py"), resolve("app.security", List.of("verify_signature"),
                "app/routes/github.py"));
        assertEquals(List.of("app/lib/signing.py"), resolve("app.lib", List.of("signing", "nothing"),
                "app/routes/github.py"));
    }

    @Test
    void pythonRelativeImportsCountTheirDots() {
        assertEquals(List.of("app/routes/helpers.py"), resolve(".helpers", "app/routes/github.py"));
        assertEquals(List.of("app/routes/helpers.py"), resolve(".", List.of("helpers"), "app/routes/github.py"));
        assertEquals(List.of("app/routes/__init__.py"), resolve(".", List.of("router"), "app/routes/github.py"));
        assertEquals(List.of("app/security.py"), resolve("..security", List.of("verify"), "app/routes/github.py"));
        assertEquals(List.of("app/lib/signing.py"), resolve("..lib", List.of("signing"), "app/routes/github.py"));
        assertEquals(List.of(), resolve("....far", "app/routes/github.py"), "above the repository root");
    }

    @Test
    void scriptRelativePathsWithTheExtensionsAndIndexFilesNodeTries() {
        String route = "web/src/app/api/hook/route.ts";
        assertEquals(List.of("web/src/lib/webhooks.ts"), resolve("../../../lib/webhooks", route));
        assertEquals(List.of("web/src/lib/webhooks.ts"), resolve("../../../lib/webhooks.js", route),
                "ES-module TypeScript names the compiled file");
        assertEquals(List.of("web/src/lib/stripe.mts"), resolve("../../../lib/stripe.mjs", route));
        assertEquals(List.of("web/src/lib/index.ts"), resolve("../../../lib", route));
        assertEquals(List.of("web/src/util/index.js"), resolve("../../../util/", route));
        assertEquals(List.of("web/src/lib/webhooks.ts"), resolve("/web/src/lib/webhooks", route));
        assertEquals(List.of(), resolve("../../../lib/missing", route));
        assertEquals(List.of(), resolve("../../../../../../x", route));
    }

    @Test
    void scriptRootAliasesResolveFromAFolderAboveOrItsSrc() {
        String route = "web/src/app/api/hook/route.ts";
        assertEquals(List.of("web/src/lib/webhooks.ts"), resolve("@/lib/webhooks", route));
        assertEquals(List.of("web/src/lib/webhooks.ts"), resolve("~/lib/webhooks", route));
        assertEquals(List.of(), resolve("lib/webhooks", route), "a bare name is a package");
        assertEquals(List.of(), resolve("@stripe/stripe-js", route));
    }

    @Test
    void anIndexThatGathersModulesIsLookedThroughOnRequest() {
        String route = "web/src/app/api/hook/route.ts";
        assertEquals(List.of("web/src/lib/index.ts"), resolve("../../../lib", route));
        assertEquals(List.of("web/src/lib/index.ts", "web/src/lib/webhooks.ts"),
                resolver.resolveThroughIndex(new ImportRef("../../../lib", route, 1)));
        assertEquals(List.of("app/lib/__init__.py", "app/lib/signing.py"),
                resolver.resolveThroughIndex(new ImportRef("app.lib", "app/routes/github.py", 1, List.of("verify"))));
        assertEquals(List.of("app/security.py"),
                resolver.resolveThroughIndex(new ImportRef("app.security", "app/routes/github.py", 1)));
    }

    @Test
    void javaClassesAreFoundUnderAnySourceRoot() {
        String controller = "svc/src/main/java/com/acme/web/GithubController.java";
        assertEquals(List.of("svc/src/main/java/com/acme/security/WebhookVerifier.java"),
                resolve("com.acme.security.WebhookVerifier", controller));
        assertEquals(List.of("svc/src/main/java/com/acme/security/WebhookVerifier.java"),
                resolve("com.acme.security.WebhookVerifier.Result", controller), "a nested class");
        assertEquals(List.of("svc/src/main/java/com/acme/security/Hmac.kt"), resolve("com.acme.security.Hmac", controller));
        assertEquals(List.of("common/src/main/java/com/acme/shared/Crypto.java"),
                resolve("com.acme.shared.Crypto", controller), "another module of the build");
        assertEquals(List.of("svc/src/main/java/com/acme/security/Hmac.kt",
                "svc/src/main/java/com/acme/security/WebhookVerifier.java"), resolve("com.acme.security", controller),
                "a wildcard import names the package");
        assertEquals(List.of(), resolve("org.springframework.web.bind.annotation.PostMapping", controller));
    }

    @Test
    void goImportsNameAPackageFolderOfTheModule() {
        assertEquals(List.of("internal/webhook/verify.go", "internal/webhook/verify_test.go"),
                resolve("github.com/acme/api/internal/webhook", "cmd/api/main.go"));
        assertEquals(List.of(), resolve("net/http", "cmd/api/main.go"), "the standard library");
        assertEquals(List.of(), resolve("github.com/stripe/stripe-go/v79/webhook", "cmd/api/main.go"),
                "a declared dependency, though its last element is a folder here");
        assertEquals(List.of(), resolve("github.com/acme/api/internal/missing", "cmd/api/main.go"));
    }

    @Test
    void samePackageMeansTheFolderForGoAndJvmLanguagesOnly() {
        assertEquals(List.of("internal/webhook/verify_test.go"), resolver.samePackage("internal/webhook/verify.go"));
        assertEquals(List.of("svc/src/main/java/com/acme/web/Signatures.java"),
                resolver.samePackage("svc/src/main/java/com/acme/web/GithubController.java"));
        assertEquals(List.of(), resolver.samePackage("app/routes/github.py"), "Python needs an import");
    }

    @Test
    void importsAreKeptPerFile() {
        assertEquals(List.of("app.security", "stripe"),
                resolver.importsOf("app/routes/github.py").stream().map(ImportRef::module).toList());
        assertEquals(List.of(), resolver.importsOf("app/security.py"));
    }

    @Test
    void normaliseResolvesDotsAndRefusesToLeaveTheRoot() {
        assertEquals(Optional.of("a/c"), ImportResolver.normalise("a/./b/../c"));
        assertEquals(Optional.of(""), ImportResolver.normalise("a/.."));
        assertEquals(Optional.empty(), ImportResolver.normalise("a/../.."));
    }

    @Test
    void filesOfOtherLanguagesResolveNothing() {
        ImportResolver withRuby = new ImportResolver(Inventory.builder()
                .files(Stream.of("lib/a.rb", "lib/b.rb").map(ImportResolverTest::file).toList()).build());
        assertEquals(List.of(), withRuby.resolve(new ImportRef("./b", "lib/a.rb", 1)));
        assertEquals(List.of(), withRuby.resolve(new ImportRef("./b", "not/scanned.js", 1)));
    }

    private List<String> resolve(String module, String importer) {
        return resolve(module, List.of(), importer);
    }

    private List<String> resolve(String module, List<String> names, String importer) {
        return resolver.resolve(new ImportRef(module, importer, 1, names));
    }

    private static FileEntry file(String path) {
        return new FileEntry(path, Path.of(path), 100, Language.fromFileName(FileEntry.fileNameOf(path)),
                path.endsWith("_test.go") ? FileRole.TEST : FileRole.SOURCE);
    }
}
