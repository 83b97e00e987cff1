import CaseAudit
import FuzzFixtures

/// The audit plan loader (keys, period, sample, parameters and the population, strata and
/// weight expressions) over the shipped pack, loaded once whatever path the plan names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: FuzzInput(data, size).bytes, as: UTF8.self)
  let file = SourceFile(path: "plans/plan.yaml", text: text)
  let (_, diagnostics) = PlanLoader().load(file) { _ in shippedPack }
  _ = diagnostics.map { $0.rendered() }
  return 0
}

/// The shipped pack as a plan's `rules` would load it.
private let shippedPack = PackLoader().load(path: Repository.packPath)
