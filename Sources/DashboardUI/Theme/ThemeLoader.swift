import Foundation

/// Finds and loads themes by name from a list of directories, then the built-in themes.
///
/// `--theme NAME` resolves to the first `NAME.toml` found in ``searchDirectories``, in order,
/// and only then to a built-in theme of that name. A broken file is an error, not a reason
/// to try the next directory: silently showing another theme would hide the mistake. A
/// `NAME` containing `/` or ending in `.toml` is taken as a path to a file.
///
/// The loader never reads the environment; the CLI builds the directory list with
/// ``defaultSearchDirectories(environment:currentDirectory:executablePath:)``.
public struct ThemeLoader: Sendable {
    /// Directories searched for `NAME.toml`, in order.
    public var searchDirectories: [String]

    /// The largest theme file accepted; real themes are a few kilobytes.
    static let maximumFileSize = 1 << 20

    /// Creates a loader that searches `searchDirectories` in order.
    public init(searchDirectories: [String]) {
        self.searchDirectories = searchDirectories
    }

    /// Loads the theme `name` (or the file at `name`, if it looks like a path).
    public func load(named name: String) throws(ThemeError) -> Theme {
        if name.contains("/") || name.hasSuffix(".toml") {
            return try Self.load(contentsOfFile: name)
        }
        guard Self.isValidName(name) else { throw ThemeError(.invalidName(name)) }
        if let path = locate(named: name) {
            return try Self.load(contentsOfFile: path)
        }
        if let theme = Theme.builtIn(named: name) {
            return theme
        }
        throw ThemeError(
            .notFound(name: name, searched: searchDirectories, available: availableThemeNames()))
    }

    /// Returns the path of the file that `load(named:)` would read for `name`, if any.
    public func locate(named name: String) -> String? {
        guard Self.isValidName(name) else { return nil }
        return searchDirectories.lazy
            .map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name + ".toml" }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Returns every theme name that can be loaded: files in the directories plus built-ins.
    ///
    /// Sorted and without duplicates. Files whose names are not valid theme names (such as
    /// `My Theme.toml`) are left out, since `--theme` could not name them.
    public func availableThemeNames() -> [String] {
        var names = Set(Theme.builtIns.map(\.name))
        for directory in searchDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".toml") {
                let name = String(file.dropLast(".toml".count))
                if Self.isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    // MARK: - Single files

    /// Loads one theme file; the theme is named after the file, without `.toml`.
    public static func load(contentsOfFile path: String, base: Theme = .defaultDark)
        throws(ThemeError) -> Theme
    {
        let source = try readFile(path)
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let name = fileName.hasSuffix(".toml") ? String(fileName.dropLast(5)) : fileName
        return try parse(source, name: name, path: path, base: base)
    }

    /// Parses theme-file text; `path` is only used in error messages.
    ///
    /// Roles the text does not mention, and fields of a role it does not set, keep `base`'s
    /// values.
    public static func parse(
        _ source: String, name: String, path: String, base: Theme = .defaultDark
    ) throws(ThemeError) -> Theme {
        try ThemeFileParser.parse(source, name: name, path: path, base: base)
    }

    /// Returns whether `name` is a kebab-case theme name: `a-z`, `0-9` and single hyphens.
    public static func isValidName(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return !name.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty
                    && part.utf8.allSatisfy {
                        (0x61...0x7A).contains($0) || (0x30...0x39).contains($0)
                    }
            }
    }

    /// Builds the standard search order: `./themes`, then the user's
    /// `$XDG_CONFIG_HOME/g2a-dash/themes` (or `~/.config/g2a-dash/themes`), then the themes
    /// installed next to the binary in `../share/g2a-dash/themes`.
    public static func defaultSearchDirectories(
        environment: [String: String], currentDirectory: String, executablePath: String?
    ) -> [String] {
        var directories = [join(currentDirectory, "themes")]
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            directories.append(join(config, "g2a-dash/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(join(home, ".config/g2a-dash/themes"))
        }
        if let executablePath, let slash = executablePath.lastIndex(of: "/") {
            let binDirectory = String(executablePath[..<slash])
            directories.append(join(binDirectory, "../share/g2a-dash/themes"))
        }
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    private static func join(_ directory: String, _ component: String) -> String {
        directory.hasSuffix("/") ? directory + component : directory + "/" + component
    }

    private static func readFile(_ path: String) throws(ThemeError) -> String {
        func failure(_ reason: String) -> ThemeError {
            ThemeError(.unreadable(reason: reason), path: path)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("no such file")
        }
        guard !isDirectory.boolValue else { throw failure("it is a directory") }
        // Check type and size before reading, so pointing --theme at /dev/zero or a FIFO can't
        // hang the app. Symlinks are resolved first: dotfile managers link theme files.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? Int.max
        guard attributes?[.type] as? FileAttributeType == .typeRegular, size <= maximumFileSize
        else {
            throw failure("not a regular file of at most \(maximumFileSize / 1024) KiB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw failure("permission denied or I/O error")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure("the file is not valid UTF-8")
        }
        return text
    }
}
