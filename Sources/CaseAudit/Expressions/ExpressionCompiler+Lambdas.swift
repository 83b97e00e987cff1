extension ExpressionCompiler {
  /// Methods that evaluate an expression once per item, with the item in `slot`.
  func lambdaMethod(
    _ method: LambdaListMethod, list: @escaping Eval, element: ValueType, slot: Int,
    body: Compiled, bodyOffset: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let eval = body.eval
    let name = method.rawValue
    switch method {
    case .exists, .all, .none, .filter, .count:
      try require(
        body, .bool, "the condition of '\(name)' must be true/false", at: bodyOffset, source)
    case .sortBy, .min, .max:
      guard [.int, .decimal, .date, .string, .null, .invalid].contains(body.type) else {
        throw source.error(
          "'\(name)' needs a key that can be ordered (a number, date or text),"
            + " but this is \(described(body.type))", at: bodyOffset)
      }
    case .flatMap:
      guard case .list = body.type.unified(with: .list(.invalid)) else {
        throw source.error(
          "'flat_map' needs a list for each item, but this is \(described(body.type))",
          at: bodyOffset)
      }
    case .map: break
    }
    switch method {
    case .exists, .all, .none:
      // exists: true if any is true, else unknown if any is unknown, else false; `all` looks for
      // a false the same way, and `none` is the negation of `exists`.
      let decisive = method != .all
      let found = method == .exists
      return Compiled(.bool) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        var sawUnknown = false
        for item in items {
          frame.slots[slot] = item
          switch eval(&frame) {
          case .bool(let value) where value == decisive: return .bool(found)
          case .bool: break
          default: sawUnknown = true
          }
        }
        return sawUnknown ? .null : .bool(!found)
      }
    case .count, .filter:
      let counting = method == .count
      return Compiled(counting ? .int : .list(element)) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        var kept: [Value] = []
        for item in items {
          frame.slots[slot] = item
          if eval(&frame).isTrue { kept.append(item) }
        }
        return counting ? .int(kept.count) : .list(kept)
      }
    case .map, .flatMap:
      let flat = method == .flatMap
      let type: ValueType = flat ? body.type : .list(body.type)
      return Compiled(type) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        var result: [Value] = []
        for item in items {
          frame.slots[slot] = item
          let value = eval(&frame)
          guard flat else {
            result.append(value)
            continue
          }
          guard case .list(let inner) = value else { return .null }
          result.append(contentsOf: inner)
        }
        return .list(result)
      }
    case .sortBy, .min, .max:
      return keyed(method, list: list, element: element, slot: slot, key: eval)
    }
  }

  /// `sort_by`, `min` and `max`: items with an unknown key sort last and are never a min or max.
  private func keyed(
    _ method: LambdaListMethod, list: @escaping Eval, element: ValueType, slot: Int,
    key: @escaping Eval
  ) -> Compiled {
    let keyed: @Sendable (inout Frame) -> [(key: Value, item: Value)]? = { frame in
      guard case .list(let items) = list(&frame) else { return nil }
      return items.map { item in
        frame.slots[slot] = item
        return (key(&frame), item)
      }
    }
    if method == .sortBy {
      return Compiled(.list(element)) { frame in
        guard let keyedItems = keyed(&frame) else { return .null }
        // Lists come in the dataset's order, often already the order asked for: a stable sort
        // would leave them as they are.
        let sorted = keyedItems.indices.dropFirst().allSatisfy {
          Value.order(keyedItems[$0 - 1].key, keyedItems[$0].key) <= 0
        }
        if sorted { return .list(keyedItems.map(\.item)) }
        let pairs = keyedItems.enumerated().sorted { lhs, rhs in
          let order = Value.order(lhs.element.key, rhs.element.key)
          return order != 0 ? order < 0 : lhs.offset < rhs.offset
        }
        return .list(pairs.map(\.element.item))
      }
    }
    let wantsMax = method == .max
    return Compiled(element) { frame in
      var best: (key: Value, item: Value)?
      guard let keyedItems = keyed(&frame) else { return .null }
      for pair in keyedItems where !pair.key.isNull {
        guard let current = best else {
          best = pair
          continue
        }
        let order = Value.compare(pair.key, current.key) ?? 0
        if wantsMax ? order > 0 : order < 0 { best = pair }
      }
      return best?.item ?? .null
    }
  }
}
