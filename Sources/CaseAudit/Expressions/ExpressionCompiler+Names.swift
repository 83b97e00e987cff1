extension ExpressionCompiler {
  /// Names visible at the top of a rule besides its variables: for suggestions.
  func globalNames(_ scope: Scope) -> [String] {
    let caseType = schema.caseType
    return Array(scope.variables.keys) + ["params", "audit", schema.types[caseType].name]
      + schema.memberNames(of: caseType)
  }

  mutating func buildName(
    _ name: String, at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    if let variable = scope.variables[name] {
      let slot = variable.slot
      var compiled = Compiled(variable.type) { frame in frame.slots[slot] }
      compiled.slot = slot
      compiled.codes = variable.codes
      return compiled
    }
    if name == "params" || name == "audit" {
      let example = name == "params" ? "params.NAME" : "audit.as_at or audit.period"
      throw source.error("'\(name)' is not a value by itself; use \(example)", at: at)
    }
    let caseType = schema.caseType
    if name == schema.types[caseType].name {
      return Compiled(.record(caseType)) { frame in .record(frame.caseRecord) }
    }
    if let caseMember = schema.member(name, of: caseType) {
      let caseRecord = Compiled(.record(caseType)) { frame in .record(frame.caseRecord) }
      var compiled = try member(of: caseRecord, name, at: at, source)
      // The case's own lists are built once per case (the same records, however often read).
      if case .list(let relation) = caseMember {
        let build = compiled.eval
        compiled.eval = { frame in frame.caseList(relation, build) }
      }
      return compiled
    }
    if let line = scope.definedLater[name] {
      throw source.error("'\(name)' is used before it is defined (at line \(line))", at: at)
    }
    if functions[name] != nil || BuiltinFunction.named[name] != nil {
      throw source.error("'\(name)' is a function; call it with arguments: \(name)(...)", at: at)
    }
    let hint = NearMiss.hint(for: name, among: globalNames(scope))
    throw source.error("unknown name '\(name)'\(hint)", at: at)
  }

  mutating func buildMember(
    _ base: Syntax, _ name: String, at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    if case .name("params", _) = base, scope.variables["params"] == nil {
      guard let parameter = parameters[name] else {
        let hint = NearMiss.hint(for: name, among: Array(parameters.keys))
        throw source.error("unknown parameter '\(name)'\(hint)", at: at)
      }
      let index = parameter.index
      return Compiled(parameter.type) { frame in frame.params[index] }
    }
    if case .name("audit", _) = base, scope.variables["audit"] == nil {
      switch name {
      case "as_at": return Compiled(.date) { frame in frame.asAt }
      case "period": return Compiled(.range) { frame in frame.period }
      default:
        var hint = NearMiss.hint(for: name, among: ["as_at", "period"])
        if hint.isEmpty { hint = "; expected as_at or period" }
        throw source.error("unknown audit value '\(name)'\(hint)", at: at)
      }
    }
    let compiled = try build(base, scope, source)
    return try member(of: compiled, name, at: at, source)
  }

  /// A member of an already compiled value: a record's field, a range's bound, a pair's side.
  mutating func member(
    of base: Compiled, _ name: String, at: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let baseEval = base.eval
    switch base.type {
    case .invalid: return Compiled(.invalid) { _ in .null }
    case .record(let type):
      guard let member = schema.member(name, of: type) else {
        let hint = NearMiss.hint(for: name, among: schema.memberNames(of: type))
        throw source.error("unknown field '\(name)' on '\(schema.types[type].name)'\(hint)", at: at)
      }
      switch member {
      case .field(let field): reads.insert(FieldRef(type: type, field: field))
      case .reference(let field, let target):
        // Following a reference needs the target's records: an export without them is unknown.
        reads.insert(FieldRef(type: type, field: field))
        reads.insert(FieldRef(type: target, field: schema.types[target].key))
        typesRead.insert(target)
      case .list(let relation): typesRead.insert(schema.relations[relation].source)
      }
      typesRead.insert(type)
      return recordMember(member, type: type, base: baseEval, slot: base.slot)
    case .range:
      guard name == "start" || name == "end" else {
        throw source.error("a date range has 'start' and 'end', not '\(name)'", at: at)
      }
      let isStart = name == "start"
      return Compiled(.date) { frame in
        guard case .range(let start, let end) = baseEval(&frame) else { return .null }
        return (isStart ? start : end).map { .date($0) } ?? .null
      }
    case .pair(let element):
      guard name == "before" || name == "after" else {
        throw source.error("a pair has 'before' and 'after', not '\(name)'", at: at)
      }
      let isBefore = name == "before"
      return Compiled(element) { frame in
        guard case .pair(let before, let after) = baseEval(&frame) else { return .null }
        return isBefore ? before : after
      }
    case .list:
      throw source.error(
        "'\(name)' is read from \(described(base.type)); pick one item first"
          + " (first(), last(), nth(k)) or use map(x, x.\(name))", at: at)
    default:
      throw source.error("\(described(base.type)) has no field '\(name)'", at: at)
    }
  }

  /// A field, reference or list of a record; `slot`, when the record is a variable, is read in
  /// place rather than through `base`: the field reads of item rules are most of a census.
  private func recordMember(
    _ member: Schema.Member, type: Int, base: @escaping Eval, slot: Int?
  ) -> Compiled {
    switch member {
    case .field(let field):
      let declared = schema.types[type].fields[field]
      var compiled: Compiled
      if let slot {
        compiled = Compiled(schema.fieldValueType(declared)) { frame in
          guard case .record(let record) = frame.slots[slot] else { return .null }
          return frame.data.tables[type].columns[field][Int(record.row)]
        }
      } else {
        compiled = Compiled(schema.fieldValueType(declared)) { frame in
          guard case .record(let record) = base(&frame) else { return .null }
          return frame.data.tables[type].columns[field][Int(record.row)]
        }
      }
      if case .code(let codes) = declared.type.base {
        let field = "\(schema.types[type].name).\(declared.name)"
        compiled.codes = CodeList(field: field, codes: codes)
      }
      return compiled
    case .reference(let field, let target):
      if let slot {
        return Compiled(.record(target)) { frame in
          guard case .record(let record) = frame.slots[slot] else { return .null }
          let row = frame.data.tables[type].references[field][Int(record.row)]
          return row < 0 ? .null : .record(RecordRef(type: target, row: Int(row)))
        }
      }
      return Compiled(.record(target)) { frame in
        guard case .record(let record) = base(&frame) else { return .null }
        let row = frame.data.tables[type].references[field][Int(record.row)]
        return row < 0 ? .null : .record(RecordRef(type: target, row: Int(row)))
      }
    case .list(let relation):
      let source = schema.relations[relation].source
      return Compiled(.list(.record(source))) { frame in
        guard frame.data.provided[source],
          !frame.data.isIncomplete(source, case: frame.caseRecord),
          case .record(let record) = base(&frame)
        else { return .null }
        let rows = frame.data.lists[relation][Int(record.row)]
        return .list(rows.map { .record(RecordRef(type: source, row: Int($0))) })
      }
    }
  }
}
