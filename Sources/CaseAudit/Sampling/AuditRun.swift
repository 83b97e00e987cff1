import Foundation

/// One audit: a plan's sample drawn from an export and scored, with everything a report shows.
public struct AuditRun: Sendable {
  /// The plan.
  public var plan: AuditPlan
  /// The import of the export (diagnostics and counts for the data-quality section).
  public var data: ImportResult
  /// SHA-256 of the export's files (see `Fingerprint.of`).
  public var dataFingerprint: String
  /// The population frame.
  public var frame: PopulationFrame
  /// Cases left out of the frame because recorded audits sampled them within the plan's window.
  public var excludedByHistory: Int
  /// The sample.
  public var sample: Sample
  /// The scored rules.
  public var scorer: Scorer
  /// Findings for each sampled case, in sample order.
  public var results: [CaseResult] = []
  /// Whether ids, references and personal fields are pseudonyms (and priority keys hidden).
  public var redacted = false

  /// Imports the export, draws the sample and scores it, telling `progress` what it is doing.
  public init(
    plan: AuditPlan, dataPath: String, seed: UInt64, excluding excluded: Set<String> = [],
    progress: (@Sendable (String) -> Void)? = nil
  ) {
    self.plan = plan
    data = ExportLoader.load(dataPath, schema: plan.pack.schema, mapping: plan.mapping) {
      progress?("reading \($0)")
    }
    progress?("drawing the sample")
    dataFingerprint = AuditRun.fingerprint(of: dataPath)
    frame = PopulationFrame(plan: plan, data: data.dataset)
    let before = frame.cases.count
    frame.cases.removeAll { excluded.contains($0.caseID) }
    excludedByHistory = before - frame.cases.count
    // A case left out as recently audited is not in the population: no warning names it.
    frame.invalidWeights.removeAll { excluded.contains($0.caseID) }
    sample = PriorityKeySampler.draw(
      frame.cases, seed: seed, size: plan.size, allocation: plan.allocation,
      minimumPerStratum: plan.minimumPerStratum, weighted: plan.weight != nil)
    scorer = Scorer(pack: plan.pack, only: plan.ruleIDs)
    progress?("scoring \(sample.cases.count) cases")
    results = scorer.score(
      data.dataset, context: plan.context, rows: sample.cases.map(\.frameCase.row))
  }

  /// What the report's reader must know about the sample (weights not used, a short sample).
  public var samplingWarnings: [SamplingWarning] {
    SamplingWarning.of(plan: plan, frame: frame, sample: sample)
  }

  /// The fingerprint of an export: every CSV file of its folder, by name and SHA-256.
  public static func fingerprint(of directory: String) -> String {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.lowercased().hasSuffix(".csv") }
    // Files are hashed on every core; Fingerprint.of sorts them by name.
    let texts = ParallelMap.map(files.count) { index in
      let file = files[index]
      // What cannot be read (reported by the import) counts by what it is, never opened.
      switch InputFile.bytes(at: directory + "/" + file) {
      case .success(let bytes): return (file, Fingerprint.sha256(bytes))
      case .failure(let problem): return (file, problem.phrase)
      }
    }
    return Fingerprint.of(texts: texts)
  }
}
