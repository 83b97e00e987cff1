import CaseAudit
import Foundation

/// The checkout the fuzz package was built from: its shipped pack and samples seed every target.
public enum Repository {
  /// The repository's root folder (this file is `Fuzz/Sources/FuzzFixtures/Repository.swift`).
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The shipped rule pack's folder.
  public static var packPath: String { root + "/Rules/iro" }

  /// The shipped pack's files as texts by path relative to the pack, sorted by path.
  public static let packFiles: [(path: String, text: String)] = {
    let base = URL(fileURLWithPath: packPath)
    guard let walker = FileManager.default.enumerator(atPath: packPath) else { return [] }
    var files: [(path: String, text: String)] = []
    while let relative = walker.nextObject() as? String {
      guard relative.hasSuffix(".yaml"),
        let data = FileManager.default.contents(
          atPath: base.appendingPathComponent(relative).path)
      else { continue }
      files.append((relative, String(decoding: data, as: UTF8.self)))
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// The shipped pack, loaded once; the fuzz targets stop at once if it does not load.
  public static let pack: RulePack = {
    let result = PackLoader().load(path: packPath)
    guard let pack = result.pack else {
      fatalError("the shipped pack does not load:\n" + result.diagnostics.map(\.description)
        .joined(separator: "\n"))
    }
    return pack
  }()
}

extension Repository {
  /// The first `lines` lines of a sample file, as bytes (empty when it cannot be read).
  public static func sampleHead(_ relativePath: String, lines: Int) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: root + "/Samples/" + relativePath)
    else { return [] }
    let kept = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .prefix(lines)
    return Array(kept.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
  }
}
