/// Builds an `AuditPlan` from a plan file's checked keys, compiling its expressions.
struct PlanBuilder {
  let file: SourceFile
  let reader: MappingReader
  let pack: RulePack
  let folder: String
  var compiler: ExpressionCompiler

  init(file: SourceFile, reader: MappingReader, pack: RulePack, folder: String) {
    self.file = file
    self.reader = reader
    self.pack = pack
    self.folder = folder
    compiler = pack.compiler()
  }

  mutating func build(_ diagnostics: inout [Diagnostic]) -> AuditPlan? {
    var context = AuditContext()
    if let text = reader.text("period", diagnostics: &diagnostics) {
      if let (start, end) = AuditContext.parsePeriod(text) {
        context.periodStart = start
        context.periodEnd = end
      } else {
        diagnostics.append(
          reader.error(
            "period '\(text)' must be START..END with ISO dates, START first", at: "period"))
      }
    }
    context.asAt = context.periodEnd
    if let text = reader.text("as_at", diagnostics: &diagnostics) {
      if let day = Day(iso: text) {
        context.asAt = day
      } else {
        diagnostics.append(reader.error("as_at '\(text)' is not a date (YYYY-MM-DD)", at: "as_at"))
      }
    }
    if let warning = context.asAtWarning {
      var diagnostic = reader.error(warning, at: reader["as_at"] == nil ? "period" : "as_at")
      diagnostic.severity = .warning
      diagnostics.append(diagnostic)
    }
    let population = expression("population", in: reader, expecting: .bool, &diagnostics)
    guard let sampleNode = reader["sample"],
      let sample = MappingReader(
        sampleNode, file: file, what: "'sample'", allowed: PlanLoader.sampleKeys,
        required: ["size"], diagnostics: &diagnostics)
    else { return nil }
    let strata = expression("strata", in: sample, expecting: .string, &diagnostics)
    let weight = expression("weight", in: sample, expecting: .decimal, &diagnostics)
    let invalidWeight = invalidWeightPolicy(sample, &diagnostics)
    // A sample without a size is already reported as missing a required key.
    let size = sample["size"].flatMap { sampleSize($0, &diagnostics) }
    var allocation = AuditPlan.Allocation.proportional
    if let text = sample.text("allocation", diagnostics: &diagnostics) {
      if let value = AuditPlan.Allocation(rawValue: text) {
        allocation = value
      } else {
        diagnostics.append(
          sample.error("allocation '\(text)' must be proportional or equal", at: "allocation"))
      }
    }
    let minimum = wholeNumber(sample, "minimum_per_stratum", &diagnostics) ?? 0
    var seed: UInt64?
    if let text = sample.text("seed", diagnostics: &diagnostics) {
      seed = UInt64(text)
      if seed == nil {
        diagnostics.append(
          sample.error("seed '\(text)' must be a whole number of 0 or more", at: "seed"))
      }
    }
    var window: Duration?
    if let text = sample.text("exclude_audited_within", diagnostics: &diagnostics) {
      let parts = text.split(separator: " ")
      if parts.count == 2, let count = Int(parts[0]), count > 0,
        let unit = DurationUnit(word: String(parts[1]))
      {
        window = Duration(count, unit)
      } else {
        diagnostics.append(
          sample.error(
            "exclude_audited_within '\(text)' must be a count and a unit, such as 12 months",
            at: "exclude_audited_within"))
      }
    }
    let ruleIDs = filteredRules(&diagnostics)
    let formats = reportFormats(&diagnostics)
    let redact = reportRedacted(&diagnostics)
    diagnostics.append(contentsOf: compiler.diagnostics)
    guard let size else { return nil }
    var plan = AuditPlan(
      id: planID(&diagnostics),
      title: reader.text("title", diagnostics: &diagnostics) ?? "", path: file.path, pack: pack,
      dataPath: reader.text("data", diagnostics: &diagnostics).map {
        PlanLoader.resolve($0, against: folder)
      }, mapping: nil,
      context: context, population: population, strata: strata, weight: weight, size: size,
      allocation: allocation, minimumPerStratum: minimum, seed: seed,
      excludeAuditedWithin: window, ruleIDs: ruleIDs,
      formats: formats, slotCount: compiler.slotCount)
    plan.redact = redact
    plan.serviceReport = serviceReport(&diagnostics)
    plan.weightText = weight == nil ? nil : sample["weight"]?.scalar
    plan.invalidWeight = invalidWeight
    return plan
  }

  private mutating func expression(
    _ key: String, in mapping: MappingReader, expecting type: ValueType,
    _ diagnostics: inout [Diagnostic]
  ) -> Compiled? {
    guard let node = mapping[key], node.scalar != nil, !node.isNull else {
      if let node = mapping[key], !node.isNull {
        diagnostics.append(file.error("'\(key)' must be an expression", at: node))
      }
      return nil
    }
    let role = "'\(key)'"
    let source = ExpressionSource(node: node, file: file)
    guard let compiled = compiler.compile(source, in: Scope()) else { return nil }
    let fits =
      compiled.type.unified(with: type) != nil
      || (type == .decimal && compiled.type == .int)
    guard fits else {
      diagnostics.append(
        source.error(
          "\(role) must be \(type == .decimal ? "a number" : "a " + type.name(in: pack.schema)),"
            + " but this is \(compiler.described(compiled.type))", at: 0))
      return nil
    }
    return compiled
  }

  private func wholeNumber(
    _ mapping: MappingReader, _ key: String, _ diagnostics: inout [Diagnostic]
  ) -> Int? {
    guard let text = mapping.text(key, diagnostics: &diagnostics) else { return nil }
    guard let value = Int(text), value >= 0 else {
      diagnostics.append(
        mapping.error("\(key) '\(text)' must be a whole number of 0 or more", at: key))
      return nil
    }
    return value
  }
}
