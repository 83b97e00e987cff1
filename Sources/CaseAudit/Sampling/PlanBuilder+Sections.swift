extension PlanBuilder {
  /// `size: 40`, `size: 10%` or `size: {confidence, tolerable_rate, expected_rate}`.
  func sampleSize(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> AuditPlan.Size? {
    if let text = node.scalar {
      if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent > 0, percent <= 100 {
        return .share(percent / 100)
      }
      if let count = Int(text), count > 0 { return .count(count) }
      diagnostics.append(
        file.error(
          "size '\(text)' must be a count (40), a share (10%) or {confidence, tolerable_rate,"
            + " expected_rate}", at: node))
      return nil
    }
    guard
      let mapping = MappingReader(
        node, file: file, what: "'size'",
        allowed: ["confidence", "tolerable_rate", "expected_rate"],
        required: ["confidence", "tolerable_rate"], diagnostics: &diagnostics)
    else { return nil }
    var values: [Double] = []
    // expected_rate must also be below tolerable_rate, checked once both are read.
    let ranges = [
      SampleSize.confidences, SampleSize.tolerableRates, 0...SampleSize.tolerableRates.upperBound,
    ]
    for (key, range) in zip(["confidence", "tolerable_rate", "expected_rate"], ranges) {
      let text = mapping.text(key, diagnostics: &diagnostics) ?? (key == "expected_rate" ? "0" : "")
      guard let value = Double(text), range.contains(value) else {
        diagnostics.append(
          mapping.error(
            "\(key) '\(text)' must be a number from \(range.lowerBound) to \(range.upperBound)",
            at: key))
        return nil
      }
      values.append(value)
    }
    guard values[2] < values[1] else {
      diagnostics.append(
        mapping.error("expected_rate must be below tolerable_rate", at: "expected_rate"))
      return nil
    }
    return .assurance(confidence: values[0], tolerableRate: values[1], expectedRate: values[2])
  }

  /// `invalid_weight: weight_1 | exclude`: what happens to a case whose weight cannot be used.
  func invalidWeightPolicy(_ sample: MappingReader, _ diagnostics: inout [Diagnostic])
    -> InvalidWeight.Policy
  {
    guard let text = sample.text("invalid_weight", diagnostics: &diagnostics) else {
      return .weight1
    }
    guard let policy = InvalidWeight.Policy(rawValue: text) else {
      let hint = NearMiss.hint(for: text, among: InvalidWeight.Policy.allCases.map(\.rawValue))
      diagnostics.append(
        sample.error(
          "invalid_weight '\(text)' must be weight_1 or exclude\(hint)", at: "invalid_weight"))
      return .weight1
    }
    if sample["weight"] == nil {
      let target = sample["invalid_weight"]!
      diagnostics.append(
        file.diagnostic(
          .warning, "'invalid_weight' has no effect without a 'weight' expression",
          line: target.line, column: target.column))
    }
    return policy
  }

  /// The pack's rules kept by `rules_filter: {tags: [...], ids: [...]}` (all enabled when absent).
  func filteredRules(_ diagnostics: inout [Diagnostic]) -> [String] {
    let enabled = pack.rules.filter(\.enabled)
    guard let node = reader["rules_filter"],
      let filter = MappingReader(
        node, file: file, what: "'rules_filter'", allowed: ["tags", "ids"],
        diagnostics: &diagnostics)
    else { return enabled.map(\.id) }
    let tags = (filter["tags"]?.items ?? []).compactMap(\.scalar)
    let ids = (filter["ids"]?.items ?? []).compactMap(\.scalar)
    let knownTags = Set(pack.rules.flatMap(\.tags))
    for item in filter["tags"]?.items ?? [] where !knownTags.contains(item.scalar ?? "") {
      let hint = NearMiss.hint(for: item.scalar ?? "", among: Array(knownTags))
      diagnostics.append(
        file.error("no rule of the pack has the tag '\(item.scalar ?? "")'\(hint)", at: item))
    }
    for item in filter["ids"]?.items ?? [] where pack.rule(item.scalar ?? "") == nil {
      let hint = NearMiss.hint(for: item.scalar ?? "", among: pack.rules.map(\.id))
      diagnostics.append(file.error("the pack has no rule '\(item.scalar ?? "")'\(hint)", at: item))
    }
    return enabled.filter { rule in
      (tags.isEmpty || !Set(rule.tags).isDisjoint(with: tags))
        && (ids.isEmpty || ids.contains(rule.id))
    }.map(\.id)
  }

  /// `report: {redact: false}`: whether the plan's reports are always redacted.
  func reportRedacted(_ diagnostics: inout [Diagnostic]) -> Bool {
    guard let node = reader["report"],
      let report = MappingReader(
        node, file: file, what: "'report'", allowed: ["formats", "redact"],
        diagnostics: &diagnostics),
      let flag = report.text("redact", diagnostics: &diagnostics)
    else { return false }
    if flag != "true" && flag != "false" {
      diagnostics.append(report.error("redact must be true or false, not '\(flag)'", at: "redact"))
    }
    return flag == "true"
  }

  /// `service_report: annual`: one of the pack's reports, by id.
  func serviceReport(_ diagnostics: inout [Diagnostic]) -> String? {
    guard let id = reader.text("service_report", diagnostics: &diagnostics) else { return nil }
    let ids = pack.reports.map(\.id)
    guard pack.report(id) != nil else {
      let expected =
        ids.isEmpty ? "none: the pack defines no reports" : "one of " + ids.joined(separator: ", ")
      diagnostics.append(
        reader.error(
          "service_report '\(id)': the pack has no such report"
            + NearMiss.hint(for: id, among: ids, expected: expected), at: "service_report"))
      return nil
    }
    return id
  }

  /// `report: {formats: [html, md, json, csv]}`; all four by default.
  func reportFormats(_ diagnostics: inout [Diagnostic]) -> [String] {
    var ignored: [Diagnostic] = []  // the keys are checked once, by reportRedacted
    guard let node = reader["report"],
      let report = MappingReader(
        node, file: file, what: "'report'", allowed: ["formats", "redact"], diagnostics: &ignored),
      let formats = report["formats"]?.items
    else { return PlanLoader.formats }
    var chosen: [String] = []
    if formats.isEmpty, let node = report["formats"] {
      diagnostics.append(
        file.error("'formats' lists no format; expected some of html, md, json and csv", at: node))
    }
    for item in formats {
      let name = item.scalar ?? ""
      if PlanLoader.formats.contains(name) {
        chosen.append(name)
      } else {
        let hint = NearMiss.hint(
          for: name, among: PlanLoader.formats, expected: "html, md, json or csv")
        diagnostics.append(file.error("unknown report format '\(name)'\(hint)", at: item))
      }
    }
    return chosen
  }

  /// `plan:` the plan's id. It names the report folder (`reports/<id>-<as-at>`), so it is an
  /// identifier — ASCII letters, digits, `-` and `_` — never a path such as `../../elsewhere`.
  func planID(_ diagnostics: inout [Diagnostic]) -> String {
    guard let text = reader.text("plan", diagnostics: &diagnostics) else { return "" }
    let isIdentifier =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-"
          || $0 == "_")
      }
    if !isIdentifier {
      diagnostics.append(
        reader.error(
          "plan id '\(text)' must be letters, digits, '-' and '_' (it names the report folder)",
          at: "plan"))
    }
    return text
  }
}
