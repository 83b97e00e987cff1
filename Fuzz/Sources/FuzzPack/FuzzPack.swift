import CaseAudit
import FuzzFixtures

/// The YAML reader and the pack loader (manifest, calendar, schema, functions, rule files and
/// their expressions): the first byte picks which file of the shipped pack the rest replaces.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let files = Repository.packFiles
  let (choice, content) = FuzzInput(data, size).choice(of: files.count)
  var texts = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
  texts[files[choice].path] = String(decoding: content, as: UTF8.self)
  let result = PackLoader().load(InMemoryPackSource(displayPath: "pack", files: texts))
  _ = result.diagnostics.map { $0.rendered() }
  return 0
}
