package dev.readiness.rules;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.ImportRef;
import dev.readiness.facts.Inventory;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Follows an import to the files of this repository it names, for rules judged per file: a webhook route that
 * imports {@code verify_signature} from {@code app.security} is verified where {@code app/security.py} is.
 * It reads file paths only, so it is a good guess, not a compiler: an import it cannot place (a package, a path
 * alias it does not know) names no file.
 */
final class ImportResolver {
    private static final List<String> SCRIPT_EXTENSIONS = List.of(".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs",
            ".mts", ".cts");
    /** TypeScript compiled as ES modules imports {@code ./x.js} for the source file {@code x.ts}. */
    private static final List<String> COMPILED_SCRIPT_EXTENSIONS = List.of(".js", ".jsx", ".mjs", ".cjs");
    /** Path aliases that projects map to their source root ({@code @/lib/x} in Next.js, {@code ~/lib/x} in Nuxt). */
    private static final List<String> ROOT_ALIASES = List.of("@/", "~/");

    private final Map<String, FileEntry> files = new HashMap<>();
    private final Map<String, List<FileEntry>> filesByFolder = new HashMap<>();
    private final Map<String, List<String>> pathsByName = new HashMap<>();
    /** A judged file's imports are resolved more than once (what may cover it, then what does). */
    private final Map<ImportRef, List<String>> resolved = new HashMap<>();
    private final Map<String, List<ImportRef>> importsByFile = new HashMap<>();
    private final List<String> declaredModules;

    ImportResolver(Inventory inventory) {
        for (FileEntry file : inventory.files()) {
            files.put(file.path(), file);
            filesByFolder.computeIfAbsent(folderOf(file.path()), k -> new ArrayList<>()).add(file);
            pathsByName.computeIfAbsent(file.fileName(), k -> new ArrayList<>()).add(file.path());
        }
        for (ImportRef ref : inventory.imports()) {
            importsByFile.computeIfAbsent(ref.path(), k -> new ArrayList<>()).add(ref);
        }
        declaredModules = inventory.dependencies().stream().map(Dependency::name).toList();
    }

    List<ImportRef> importsOf(String path) {
        return importsByFile.getOrDefault(path, List.of());
    }

    /** The repository files an import names, sorted; empty for a package or an import it cannot place. */
    List<String> resolve(ImportRef ref) {
        return resolved.computeIfAbsent(ref, this::resolveUncached);
    }

    private List<String> resolveUncached(ImportRef ref) {
        FileEntry importer = files.get(ref.path());
        if (importer == null) {
            return List.of();
        }
        return switch (importer.language()) {
            case PYTHON -> python(ref);
            case JAVASCRIPT, TYPESCRIPT -> script(ref);
            case JAVA, KOTLIN -> jvm(ref);
            case GO -> go(ref);
            default -> List.of();
        };
    }

    /**
     * Like {@link #resolve}, but looking through a package's index ({@code index.ts}, {@code __init__.py}) to the
     * modules it imports: such a file only gathers what they export, so importing it is importing them.
     */
    List<String> resolveThroughIndex(ImportRef ref) {
        TreeSet<String> found = new TreeSet<>();
        for (String target : resolve(ref)) {
            found.add(target);
            if (isIndex(target)) {
                importsOf(target).stream().filter(inner -> !inner.path().equals(ref.path()))
                        .forEach(inner -> found.addAll(resolve(inner)));
            }
        }
        return List.copyOf(found);
    }

    private static boolean isIndex(String path) {
        String name = FileEntry.fileNameOf(path);
        return name.equals("__init__.py") || SCRIPT_EXTENSIONS.stream().anyMatch(e -> name.equals("index" + e));
    }

    /**
     * The other files of {@code path}'s package, which use each other's code without an import: a Go package is its
     * folder, and a Java or Kotlin package is one by convention. Empty for other languages.
     */
    List<String> samePackage(String path) {
        FileEntry file = files.get(path);
        if (file == null || !(file.language() == Language.GO || isJvm(file.language()))) {
            return List.of();
        }
        return filesByFolder.getOrDefault(folderOf(path), List.of()).stream()
                .filter(other -> !other.path().equals(path))
                .filter(other -> file.language() == Language.GO ? other.language() == Language.GO : isJvm(other.language()))
                .map(FileEntry::path).sorted().toList();
    }

    /**
     * {@code .x} and {@code ..x} from the importer's package; an absolute module from the repository root or a
     * folder above the importer (a {@code src/} layout), the shallowest first as Python's path puts the root first.
     * {@code from m import a} may import the submodule {@code m.a}, so that is tried before {@code m}.
     */
    private List<String> python(ImportRef ref) {
        String module = ref.module();
        if (ref.relative()) {
            int dots = 0;
            while (dots < module.length() && module.charAt(dots) == '.') {
                dots++;
            }
            String below = module.substring(dots);
            return up(folderOf(ref.path()), dots - 1).map(base -> pythonTargets(base, below, ref.names()))
                    .orElse(List.of());
        }
        List<String> folders = ancestors(folderOf(ref.path()));
        for (int i = folders.size() - 1; i >= 0; i--) {
            List<String> found = pythonTargets(folders.get(i), module, ref.names());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<String> pythonTargets(String base, String module, List<String> names) {
        TreeSet<String> found = new TreeSet<>();
        for (String name : names) {
            pythonModule(base, module.isEmpty() ? name : module + "." + name).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            pythonModule(base, module).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** {@code a.b} is {@code a/b.py} or the package {@code a/b/__init__.py}; the empty module is the package itself. */
    private Optional<String> pythonModule(String base, String dotted) {
        String relative = dotted.replace('.', '/');
        if (!relative.isEmpty()) {
            Optional<String> file = existing(join(base, relative + ".py"));
            if (file.isPresent()) {
                return file;
            }
        }
        return existing(join(join(base, relative), "__init__.py"));
    }

    /**
     * {@code ./x} and {@code ../x} from the importer's folder, {@code /x} from the root (as Vite reads it), and
     * {@code @/x} and {@code ~/x} from a folder above the importer or its {@code src/}.
     */
    private List<String> script(ImportRef ref) {
        String spec = ref.module();
        if (ref.relative()) {
            String from = spec.startsWith("/") ? "" : folderOf(ref.path());
            return normalise(join(from, spec)).flatMap(this::scriptFile).map(List::of).orElse(List.of());
        }
        for (String alias : ROOT_ALIASES) {
            if (spec.startsWith(alias)) {
                String rest = spec.substring(alias.length());
                for (String folder : ancestors(folderOf(ref.path()))) {
                    for (String root : List.of(folder, join(folder, "src"))) {
                        Optional<String> file = normalise(join(root, rest)).flatMap(this::scriptFile);
                        if (file.isPresent()) {
                            return List.of(file.get());
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /** As Node and TypeScript look a module up: the file, the file with an extension, or the folder's index. */
    private Optional<String> scriptFile(String path) {
        List<String> candidates = new ArrayList<>();
        candidates.add(path);
        for (String extension : COMPILED_SCRIPT_EXTENSIONS) {
            if (path.endsWith(extension)) {
                String stem = path.substring(0, path.length() - extension.length());
                SCRIPT_EXTENSIONS.forEach(e -> candidates.add(stem + e));
            }
        }
        SCRIPT_EXTENSIONS.forEach(e -> candidates.add(path + e));
        SCRIPT_EXTENSIONS.forEach(e -> candidates.add(join(path, "index" + e)));
        return candidates.stream().map(this::existing).flatMap(Optional::stream).findFirst();
    }

    /**
     * {@code com.acme.security.WebhookVerifier} is a file ending in {@code com/acme/security/WebhookVerifier.java}
     * (or {@code .kt}) under any source root; a nested class lives in its outer class's file, and a wildcard import
     * names the package's folder. Of several such files, the one nearest the importer.
     */
    private List<String> jvm(ImportRef ref) {
        String[] parts = ref.module().split("\\.");
        for (int length = parts.length; length >= 2; length--) {
            String relative = String.join("/", List.of(parts).subList(0, length));
            List<String> classes = new ArrayList<>();
            for (String source : List.of(relative + ".java", relative + ".kt")) {
                pathsByName.getOrDefault(FileEntry.fileNameOf(source), List.of()).stream()
                        .filter(path -> endsWithPath(path, source)).forEach(classes::add);
            }
            if (!classes.isEmpty()) {
                return List.of(nearest(classes, ref.path()));
            }
            if (length == parts.length) {
                List<String> folder = packageFolder(relative, ref.path(), f -> isJvm(f.language()));
                if (!folder.isEmpty()) {
                    return folder;
                }
            }
        }
        return List.of();
    }

    /**
     * A Go import is a package: a folder. Its path is the module's path and the folder below the module root, so
     * the longest tail of it that is a folder of Go files in the repository names it. The standard library (no dot
     * in the first element) and declared dependencies are never the repository's own.
     */
    private List<String> go(ImportRef ref) {
        String path = ref.module();
        String[] parts = path.split("/");
        boolean declared = declaredModules.stream().anyMatch(m -> path.equals(m) || path.startsWith(m + "/"));
        if (!parts[0].contains(".") || declared) {
            return List.of();
        }
        for (int drop = 1; drop < parts.length; drop++) {
            String tail = String.join("/", List.of(parts).subList(drop, parts.length));
            List<String> folder = packageFolder(tail, ref.path(), f -> f.language() == Language.GO);
            if (!folder.isEmpty()) {
                return folder;
            }
        }
        return List.of();
    }

    /** The files of the folder that ends in {@code relative} and holds such files, the one nearest the importer. */
    private List<String> packageFolder(String relative, String importer,
                                       Predicate<FileEntry> member) {
        List<String> folders = filesByFolder.entrySet().stream()
                .filter(e -> endsWithPath(e.getKey(), relative) && e.getValue().stream().anyMatch(member))
                .map(Map.Entry::getKey).toList();
        if (folders.isEmpty()) {
            return List.of();
        }
        return filesByFolder.get(nearest(folders, importer)).stream().filter(member)
                .map(FileEntry::path).sorted().toList();
    }

    /** The candidate sharing the longest folder prefix with the importer; the first in order on a tie. */
    private static String nearest(List<String> candidates, String importer) {
        String best = null;
        for (String candidate : new TreeSet<>(candidates)) {
            if (best == null || sharedPrefix(candidate, importer) > sharedPrefix(best, importer)) {
                best = candidate;
            }
        }
        return best;
    }

    private static int sharedPrefix(String a, String b) {
        int shared = 0;
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                shared = i + 1;
            }
        }
        return shared;
    }

    private Optional<String> existing(String path) {
        return files.containsKey(path) ? Optional.of(path) : Optional.empty();
    }

    private static boolean isJvm(Language language) {
        return language == Language.JAVA || language == Language.KOTLIN;
    }

    private static boolean endsWithPath(String path, String tail) {
        return path.equals(tail) || path.endsWith("/" + tail);
    }

    /** The folder of a relative path, {@code ""} at the root. */
    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The folder itself and every folder above it, deepest first, ending with the root {@code ""}. */
    private static List<String> ancestors(String folder) {
        List<String> folders = new ArrayList<>();
        String current = folder;
        while (!current.isEmpty()) {
            folders.add(current);
            current = folderOf(current);
        }
        folders.add("");
        return folders;
    }

    private static Optional<String> up(String folder, int levels) {
        String current = folder;
        for (int i = 0; i < levels; i++) {
            if (current.isEmpty()) {
                return Optional.empty();
            }
            current = folderOf(current);
        }
        return Optional.of(current);
    }

    private static String join(String folder, String relative) {
        if (folder.isEmpty()) {
            return relative;
        }
        return relative.isEmpty() ? folder : folder + "/" + relative;
    }

    /** Resolves {@code .} and {@code ..}; empty when the path leaves the repository. */
    static Optional<String> normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }
}
