/// What readers see for codes and keys, from the pack's `labels.yaml`: vocabularies by name,
/// each mapping a key (`PN1`, `missing_incomplete_or_poor_documentation`) to its label. A
/// vocabulary named `type.field` labels that field's values; its keys must be the field's codes
/// when it is a code field.
public struct PackLabels: Sendable {
  /// Each vocabulary's labels by key.
  public var vocabularies: [String: [String: String]]

  /// No labels.
  public static let none = PackLabels(vocabularies: [:])
}

/// Reads `labels.yaml`.
enum LabelsLoader {
  /// Reads the vocabularies; problems are errors at their place.
  static func load(
    _ root: YAMLNode?, file: SourceFile, schema: Schema, diagnostics: inout [Diagnostic]
  ) -> PackLabels {
    guard let root else { return .none }
    guard let pairs = root.pairs else {
      diagnostics.append(
        file.error(
          "labels.yaml must map vocabulary names (such as escalation.theme) to labels by key",
          at: root))
      return .none
    }
    var vocabularies: [String: [String: String]] = [:]
    for (nameNode, body) in pairs {
      let name = nameNode.scalar ?? ""
      if vocabularies[name] != nil {
        diagnostics.append(file.error("vocabulary '\(name)' is given twice", at: nameNode))
        continue
      }
      guard let codes = fieldCodes(name, at: nameNode, file, schema, &diagnostics) else {
        continue
      }
      guard let entries = body.pairs else {
        diagnostics.append(
          file.error("vocabulary '\(name)' must map keys to labels", at: body))
        continue
      }
      var labels: [String: String] = [:]
      for (keyNode, labelNode) in entries {
        let key = keyNode.scalar ?? ""
        if let codes, !codes.contains(key) {
          let hint = NearMiss.hint(for: key, among: codes)
          diagnostics.append(
            file.error("'\(key)' is not one of the codes of \(name)\(hint)", at: keyNode))
          continue
        }
        guard let label = labelNode.scalar, !labelNode.isNull else {
          diagnostics.append(file.error("the label of '\(key)' must be text", at: labelNode))
          continue
        }
        if labels[key] != nil {
          diagnostics.append(file.error("'\(key)' is labelled twice in \(name)", at: keyNode))
        }
        labels[key] = label
      }
      vocabularies[name] = labels
    }
    return PackLabels(vocabularies: vocabularies)
  }

  /// For `type.field`, the field's codes (`.some(nil)` for a field that is not a code field);
  /// for a plain name, `.some(nil)`; nil (with an error) for an unknown type or field.
  private static func fieldCodes(
    _ name: String, at node: YAMLNode, _ file: SourceFile, _ schema: Schema,
    _ diagnostics: inout [Diagnostic]
  ) -> [String]?? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 else {
      if RuleLoader.isSnakeCase(name) { return .some(nil) }
      diagnostics.append(
        file.error(
          "vocabulary name '\(name)' must be snake_case or a field as type.field", at: node))
      return nil
    }
    guard let type = schema.typeIndex(parts[0]) else {
      let hint = NearMiss.hint(for: parts[0], among: schema.types.map(\.name))
      diagnostics.append(file.error("unknown record type '\(parts[0])'\(hint)", at: node))
      return nil
    }
    let record = schema.types[type]
    guard let field = record.fieldIndex(parts[1]) else {
      let hint = NearMiss.hint(for: parts[1], among: record.fields.map(\.name))
      diagnostics.append(
        file.error("unknown field '\(parts[1])' on '\(parts[0])'\(hint)", at: node))
      return nil
    }
    if case .code(let codes) = record.fields[field].type.base { return .some(codes) }
    return .some(nil)
  }
}
