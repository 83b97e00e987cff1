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
    case .count:
      return Compiled(.int) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        var count = 0
        for item in items {
          frame.slots[slot] = item
          if eval(&frame).isTrue { count += 1 }
        }
        return .int(count)
      }
    case .filter:
      return Compiled(.list(element)) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        // Nothing is copied until an item is left out: a list kept whole is the list given.
        var kept: [Value] = []
        var leftOut = false
        for index in items.indices {
          frame.slots[slot] = items[index]
          let keep = eval(&frame).isTrue
          if keep, leftOut {
            kept.append(items[index])
          } else if !keep, !leftOut {
            leftOut = true
            kept.append(contentsOf: items[..<index])
          }
        }
        return .list(leftOut ? kept : items)
      }
    case .map, .flatMap:
      let flat = method == .flatMap
      let type: ValueType = flat ? body.type : .list(body.type)
      return Compiled(type) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        var result: [Value] = []
        if !flat { result.reserveCapacity(items.count) }
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
  ///
  /// Every item's key is evaluated, in order, whatever the keys are: a key may note in the frame
  /// that working days were unknown, which the finding then explains.
  private func keyed(
    _ method: LambdaListMethod, list: @escaping Eval, element: ValueType, slot: Int,
    key: @escaping Eval
  ) -> Compiled {
    if method == .sortBy {
      return Compiled(.list(element)) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        var keys: [Value] = []
        keys.reserveCapacity(items.count)
        for item in items {
          frame.slots[slot] = item
          keys.append(key(&frame))
        }
        // Lists come in the dataset's order, often already the order asked for: a stable sort
        // would leave them as they are, so the list given is the answer.
        let sorted = keys.indices.dropFirst().allSatisfy {
          Value.order(keys[$0 - 1], keys[$0]) <= 0
        }
        if sorted { return .list(items) }
        let order = keys.indices.sorted { lhs, rhs in
          let order = Value.order(keys[lhs], keys[rhs])
          return order != 0 ? order < 0 : lhs < rhs
        }
        return .list(order.map { items[$0] })
      }
    }
    let wantsMax = method == .max
    return Compiled(element) { frame in
      guard case .list(let items) = list(&frame) else { return .null }
      var best: (key: Value, item: Value)?
      for item in items {
        frame.slots[slot] = item
        let itemKey = key(&frame)
        if itemKey.isNull { continue }
        guard let current = best else {
          best = (itemKey, item)
          continue
        }
        let order = Value.compare(itemKey, current.key) ?? 0
        if wantsMax ? order > 0 : order < 0 { best = (itemKey, item) }
      }
      return best?.item ?? .null
    }
  }
}
