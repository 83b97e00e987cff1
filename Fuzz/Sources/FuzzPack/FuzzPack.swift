import CaseAudit
import FuzzFixtures

/// The YAML reader and the pack loader (manifest, calendar, schema, functions, rule files and
/// their expressions): the first byte picks which file of the shipped pack the rest replaces;
/// the others are cut down to what loading it needs (`PackCase`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let (choice, content) = FuzzInput(data, size).choice(of: PackCase.paths.count)
  let texts = PackCase.files(replacing: choice, with: String(decoding: content, as: UTF8.self))
  let result = PackLoader().load(InMemoryPackSource(displayPath: "pack", files: texts))
  _ = result.diagnostics.map { $0.rendered() }
  return 0
}
