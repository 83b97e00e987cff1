/// The files of one pack-target input: the fuzzed file in place of its shipped text, and the
/// rest of the shipped pack cut down to what loading that file needs, so that an input costs
/// what its own file costs rather than a whole pack's load.
///
/// Loading the whole shipped pack for every input (its five rule files compiled, its 36-year
/// calendar indexed) held the target to a few executions per second. Now the other rule files
/// are stand-ins with no rules and the calendar, unless fuzzed, is a stand-in of one year.
/// The manifest, schema and functions stay whole, since every other file is read against them;
/// when one of those is fuzzed, the smallest shipped rule file stays whole too, so that rules
/// are still compiled against the fuzzed manifest, schema or functions.
public enum PackCase {
  /// The shipped files an input may replace, sorted by path (the first byte picks one).
  public static var paths: [String] { Repository.packFiles.map(\.path) }

  /// The texts of the pack in which `content` replaces the file at `choice` of `paths`.
  public static func files(replacing choice: Int, with content: String) -> [String: String] {
    var texts = base
    let path = Repository.packFiles[choice].path
    texts[path] = content
    if !ruleFiles.contains(path) && path != calendarPath, let kept = smallestRuleFile {
      texts[kept] = Repository.packFiles.first { $0.path == kept }?.text
    }
    return texts
  }

  /// The stand-in pack: the shipped manifest, schema and functions; empty rule files (a warning
  /// each); a calendar of one year.
  private static let base: [String: String] = {
    var texts: [String: String] = [:]
    for (path, text) in Repository.packFiles {
      if ruleFiles.contains(path) {
        texts[path] = ""
      } else if path == calendarPath {
        texts[path] = "2021: [2021-01-01, 2021-04-02, 2021-12-27]\n"
      } else {
        texts[path] = text
      }
    }
    return texts
  }()

  /// The shipped rule files (those under `rules/`).
  private static let ruleFiles: Set<String> = Set(
    Repository.packFiles.map(\.path).filter { $0.hasPrefix("rules/") })

  /// The shipped calendar's path (the one file under `calendars/`).
  private static let calendarPath: String? = Repository.packFiles.map(\.path)
    .first { $0.hasPrefix("calendars/") }

  /// The shortest shipped rule file, kept whole when a file the rules depend on is fuzzed.
  private static let smallestRuleFile: String? = Repository.packFiles
    .filter { ruleFiles.contains($0.path) }
    .min { ($0.text.utf8.count, $0.path) < ($1.text.utf8.count, $1.path) }?.path
}
