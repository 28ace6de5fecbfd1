// Built by bundle.mjs (esbuild) from frontend/js and frontend/css: edit those, then `make bundle`.
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// node_modules/@marijn/find-cluster-break/src/index.js
function isExtendingChar(code3) {
  if (code3 < 768) return false;
  for (let from = 0, to = rangeFrom.length; ; ) {
    let mid = from + to >> 1;
    if (code3 < rangeFrom[mid]) to = mid;
    else if (code3 >= rangeTo[mid]) from = mid + 1;
    else return true;
    if (from == to) return false;
  }
}
function isRegionalIndicator(code3) {
  return code3 >= 127462 && code3 <= 127487;
}
function findClusterBreak(str, pos, forward = true, includeExtending = true) {
  return (forward ? nextClusterBreak : prevClusterBreak)(str, pos, includeExtending);
}
function nextClusterBreak(str, pos, includeExtending) {
  if (pos == str.length) return pos;
  if (pos && surrogateLow(str.charCodeAt(pos)) && surrogateHigh(str.charCodeAt(pos - 1))) pos--;
  let prev = codePointAt(str, pos);
  pos += codePointSize(prev);
  while (pos < str.length) {
    let next = codePointAt(str, pos);
    if (prev == ZWJ || next == ZWJ || includeExtending && isExtendingChar(next)) {
      pos += codePointSize(next);
      prev = next;
    } else if (isRegionalIndicator(next)) {
      let countBefore = 0, i2 = pos - 2;
      while (i2 >= 0 && isRegionalIndicator(codePointAt(str, i2))) {
        countBefore++;
        i2 -= 2;
      }
      if (countBefore % 2 == 0) break;
      else pos += 2;
    } else {
      break;
    }
  }
  return pos;
}
function prevClusterBreak(str, pos, includeExtending) {
  while (pos > 1) {
    let found = nextClusterBreak(str, pos - 2, includeExtending);
    if (found < pos) return found;
    pos--;
  }
  return 0;
}
function codePointAt(str, pos) {
  let code0 = str.charCodeAt(pos);
  if (!surrogateHigh(code0) || pos + 1 == str.length) return code0;
  let code1 = str.charCodeAt(pos + 1);
  if (!surrogateLow(code1)) return code0;
  return (code0 - 55296 << 10) + (code1 - 56320) + 65536;
}
function surrogateLow(ch) {
  return ch >= 56320 && ch < 57344;
}
function surrogateHigh(ch) {
  return ch >= 55296 && ch < 56320;
}
function codePointSize(code3) {
  return code3 < 65536 ? 1 : 2;
}
var rangeFrom, rangeTo, ZWJ;
var init_src = __esm({
  "node_modules/@marijn/find-cluster-break/src/index.js"() {
    rangeFrom = [];
    rangeTo = [];
    (() => {
      let numbers = "lc,34,7n,7,7b,19,,,,2,,2,,,20,b,1c,l,g,,2t,7,2,6,2,2,,4,z,,u,r,2j,b,1m,9,9,,o,4,,9,,3,,5,17,3,1n,9,16,o,,x,1i,3,,i,,7,a,2,t,3,1k,,,7,2,2,2,3,9,,a,2,q,,2,3,1k,,,5,4,2,2,3,3,,u,2,3,,b,3,1k,,,8,,3,,3,k,2,m,6,,3,1k,,,7,2,2,2,3,7,3,a,2,u,,1n,5,3,3,,4,9,,14,5,1j,,,7,,3,,4,7,2,b,2,t,3,1k,,,7,,3,,4,7,2,b,2,f,,c,4,1j,2,,7,,3,,4,9,,a,2,t,3,1y,,4,6,,,,8,i,2,1p,,,8,c,8,2q,,,a,b,7,21,2,r,,,,,,4,2,1d,k,,2,5,b,,10,9,,2u,b,,6,n,4,4,3,g,4,d,,,3,6,,f,,jj,3,qa,4,s,3,t,2,u,2,1s,w,9,,19,3,,,39,2,y,,3a,c,4,c,63,5,1l,a,,,,,2,o,2,,1c,1a,2,c,k,5,1b,h,12,9,c,3,u,d,1k,e,1c,k,48,3,,l,4,,6,,2,3,5i,1s,ek,,5f,x,2da,3,3x,,2o,w,fe,6,2x,2,n9w,4,,a,w,2,28,2,7k,,3,,4,,n,5,4,,2b,2,1e,i,q,i,d,,12,8,p,d,18,4,1b,e,10,,1v,e,c,,8,2,1a,,1f,,,3,2,2,5,2,,,15,5,5,2,6k,8,,2,fn4,,kh,g,g,g,a6,2,gt,,6a,,45,5,1ae,3,,2,5,4,14,3,4,,4l,2,fx,4,1t,5,8t,2,25,6,1y,b,1d,4,3e,3,1h,f,15,,2,2,a,4,19,b,7,,1p,3,10,e,g,2,18,,c,3,1c,e,8,4,,2,2k,c,6,,2,,4d,c,l,4,1j,2,,7,2,2,2,3,9,,a,2,2,7,3,5,1v,9,,,2,,,4,,5,,,e,2,2a,i,n,,29,k,6j,7,2,9,r,2,2a,h,2y,d,2t,3,2,a,74,f,6t,6,,2,2,4,,,,2,3x,7,2,7,3,,s,a,14,7,,4,8,,9,b,1a,g,5i,8,5j,8,,8,2a,m,,e,3e,6,3,,,2,,7,,,1u,5,,2,,5,9n,4,9,2,,,1c,7,3,5,n,,44l,,6,f,8ug,i,1xc,5,1n,7,t4,,,1j,7,4,29,,b,2,f57,2,3mp,1a,2,n,f2,5,3,6,8,8,2,7,u,4,44,3,1iz,1j,4,1e,8,,e,,m,5,,f,11s,7,,h,2,7,,2,,5,2s,,4g,7,af,,1p,4,e4,4,72,2,6r,,2,,7,2,5,,d6,7,31,7,240,5".split(",").map((s) => s ? parseInt(s, 36) : 1);
      for (let i2 = 0, n = 0; i2 < numbers.length; i2++)
        (i2 % 2 ? rangeTo : rangeFrom).push(n = n + numbers[i2]);
    })();
    ZWJ = 8205;
  }
});

// node_modules/@codemirror/state/dist/index.js
function textLength(text) {
  let length = -1;
  for (let line of text)
    length += line.length + 1;
  return length;
}
function appendText(text, target, from = 0, to = 1e9) {
  for (let pos = 0, i2 = 0, first2 = true; i2 < text.length && pos <= to; i2++) {
    let line = text[i2], end = pos + line.length;
    if (end >= from) {
      if (end > to)
        line = line.slice(0, to - pos);
      if (pos < from)
        line = line.slice(from - pos);
      if (first2) {
        target[target.length - 1] += line;
        first2 = false;
      } else
        target.push(line);
    }
    pos = end + 1;
  }
  return target;
}
function sliceText(text, from, to) {
  return appendText(text, [""], from, to);
}
function clip(text, from, to) {
  from = Math.max(0, Math.min(text.length, from));
  return [from, Math.max(from, Math.min(text.length, to))];
}
function findClusterBreak2(str, pos, forward = true, includeExtending = true) {
  return findClusterBreak(str, pos, forward, includeExtending);
}
function surrogateLow2(ch) {
  return ch >= 56320 && ch < 57344;
}
function surrogateHigh2(ch) {
  return ch >= 55296 && ch < 56320;
}
function codePointAt2(str, pos) {
  let code0 = str.charCodeAt(pos);
  if (!surrogateHigh2(code0) || pos + 1 == str.length)
    return code0;
  let code1 = str.charCodeAt(pos + 1);
  if (!surrogateLow2(code1))
    return code0;
  return (code0 - 55296 << 10) + (code1 - 56320) + 65536;
}
function codePointSize2(code3) {
  return code3 < 65536 ? 1 : 2;
}
function addSection(sections, len, ins, forceJoin = false) {
  if (len == 0 && ins <= 0)
    return;
  let last2 = sections.length - 2;
  if (last2 >= 0 && ins <= 0 && ins == sections[last2 + 1])
    sections[last2] += len;
  else if (last2 >= 0 && len == 0 && sections[last2] == 0)
    sections[last2 + 1] += ins;
  else if (forceJoin) {
    sections[last2] += len;
    sections[last2 + 1] += ins;
  } else
    sections.push(len, ins);
}
function addInsert(values, sections, value) {
  if (value.length == 0)
    return;
  let index = sections.length - 2 >> 1;
  if (index < values.length) {
    values[values.length - 1] = values[values.length - 1].append(value);
  } else {
    while (values.length < index)
      values.push(Text.empty);
    values.push(value);
  }
}
function iterChanges(desc2, f, individual) {
  let inserted = desc2.inserted;
  for (let posA = 0, posB = 0, i2 = 0; i2 < desc2.sections.length; ) {
    let len = desc2.sections[i2++], ins = desc2.sections[i2++];
    if (ins < 0) {
      posA += len;
      posB += len;
    } else {
      let endA = posA, endB = posB, text = Text.empty;
      for (; ; ) {
        endA += len;
        endB += ins;
        if (ins && inserted)
          text = text.append(inserted[i2 - 2 >> 1]);
        if (individual || i2 == desc2.sections.length || desc2.sections[i2 + 1] < 0)
          break;
        len = desc2.sections[i2++];
        ins = desc2.sections[i2++];
      }
      f(posA, endA, posB, endB, text);
      posA = endA;
      posB = endB;
    }
  }
}
function mapSet(setA, setB, before, mkSet = false) {
  let sections = [], insert2 = mkSet ? [] : null;
  let a = new SectionIter(setA), b = new SectionIter(setB);
  for (let inserted = -1; ; ) {
    if (a.done && b.len || b.done && a.len) {
      throw new Error("Mismatched change set lengths");
    } else if (a.ins == -1 && b.ins == -1) {
      let len = Math.min(a.len, b.len);
      addSection(sections, len, -1);
      a.forward(len);
      b.forward(len);
    } else if (b.ins >= 0 && (a.ins < 0 || inserted == a.i || a.off == 0 && (b.len < a.len || b.len == a.len && !before))) {
      let len = b.len;
      addSection(sections, b.ins, -1);
      while (len) {
        let piece = Math.min(a.len, len);
        if (a.ins >= 0 && inserted < a.i && a.len <= piece) {
          addSection(sections, 0, a.ins);
          if (insert2)
            addInsert(insert2, sections, a.text);
          inserted = a.i;
        }
        a.forward(piece);
        len -= piece;
      }
      b.next();
    } else if (a.ins >= 0) {
      let len = 0, left = a.len;
      while (left) {
        if (b.ins == -1) {
          let piece = Math.min(left, b.len);
          len += piece;
          left -= piece;
          b.forward(piece);
        } else if (b.ins == 0 && b.len < left) {
          left -= b.len;
          b.next();
        } else {
          break;
        }
      }
      addSection(sections, len, inserted < a.i ? a.ins : 0);
      if (insert2 && inserted < a.i)
        addInsert(insert2, sections, a.text);
      inserted = a.i;
      a.forward(a.len - left);
    } else if (a.done && b.done) {
      return insert2 ? ChangeSet.createSet(sections, insert2) : ChangeDesc.create(sections);
    } else {
      throw new Error("Mismatched change set lengths");
    }
  }
}
function composeSets(setA, setB, mkSet = false) {
  let sections = [];
  let insert2 = mkSet ? [] : null;
  let a = new SectionIter(setA), b = new SectionIter(setB);
  for (let open = false; ; ) {
    if (a.done && b.done) {
      return insert2 ? ChangeSet.createSet(sections, insert2) : ChangeDesc.create(sections);
    } else if (a.ins == 0) {
      addSection(sections, a.len, 0, open);
      a.next();
    } else if (b.len == 0 && !b.done) {
      addSection(sections, 0, b.ins, open);
      if (insert2)
        addInsert(insert2, sections, b.text);
      b.next();
    } else if (a.done || b.done) {
      throw new Error("Mismatched change set lengths");
    } else {
      let len = Math.min(a.len2, b.len), sectionLen = sections.length;
      if (a.ins == -1) {
        let insB = b.ins == -1 ? -1 : b.off ? 0 : b.ins;
        addSection(sections, len, insB, open);
        if (insert2 && insB)
          addInsert(insert2, sections, b.text);
      } else if (b.ins == -1) {
        addSection(sections, a.off ? 0 : a.len, len, open);
        if (insert2)
          addInsert(insert2, sections, a.textBit(len));
      } else {
        addSection(sections, a.off ? 0 : a.len, b.off ? 0 : b.ins, open);
        if (insert2 && !b.off)
          addInsert(insert2, sections, b.text);
      }
      open = (a.ins > len || b.ins >= 0 && b.len > len) && (open || sections.length > sectionLen);
      a.forward2(len);
      b.forward(len);
    }
  }
}
function checkSelection(selection, docLength) {
  for (let range of selection.ranges)
    if (range.to > docLength)
      throw new RangeError("Selection points outside of document");
}
function sameArray(a, b) {
  return a == b || a.length == b.length && a.every((e, i2) => e === b[i2]);
}
function compareArray(a, b, compare2) {
  if (a.length != b.length)
    return false;
  for (let i2 = 0; i2 < a.length; i2++)
    if (!compare2(a[i2], b[i2]))
      return false;
  return true;
}
function ensureAll(state2, addrs) {
  let changed = false;
  for (let addr of addrs)
    if (ensureAddr(state2, addr) & 1)
      changed = true;
  return changed;
}
function dynamicFacetSlot(addresses, facet, providers) {
  let providerAddrs = providers.map((p) => addresses[p.id]);
  let providerTypes = providers.map((p) => p.type);
  let dynamic = providerAddrs.filter((p) => !(p & 1));
  let idx = addresses[facet.id] >> 1;
  function get(state2) {
    let values = [];
    for (let i2 = 0; i2 < providerAddrs.length; i2++) {
      let value = getAddr(state2, providerAddrs[i2]);
      if (providerTypes[i2] == 2)
        for (let val of value)
          values.push(val);
      else
        values.push(value);
    }
    return facet.combine(values);
  }
  return {
    create(state2) {
      for (let addr of providerAddrs)
        ensureAddr(state2, addr);
      state2.values[idx] = get(state2);
      return 1;
    },
    update(state2, tr) {
      if (!ensureAll(state2, dynamic))
        return 0;
      let value = get(state2);
      if (facet.compare(value, state2.values[idx]))
        return 0;
      state2.values[idx] = value;
      return 1;
    },
    reconfigure(state2, oldState) {
      let depChanged = ensureAll(state2, providerAddrs);
      let oldProviders = oldState.config.facets[facet.id], oldValue = oldState.facet(facet);
      if (oldProviders && !depChanged && sameArray(providers, oldProviders)) {
        state2.values[idx] = oldValue;
        return 0;
      }
      let value = get(state2);
      if (facet.compare(value, oldValue)) {
        state2.values[idx] = oldValue;
        return 0;
      }
      state2.values[idx] = value;
      return 1;
    }
  };
}
function prec(value) {
  return (ext) => new PrecExtension(ext, value);
}
function flatten2(extension, compartments, newCompartments) {
  let result = [[], [], [], [], []];
  let seen = /* @__PURE__ */ new Map();
  function inner(ext, prec2) {
    let known2 = seen.get(ext);
    if (known2 != null) {
      if (known2 <= prec2)
        return;
      let found = result[known2].indexOf(ext);
      if (found > -1)
        result[known2].splice(found, 1);
      if (ext instanceof CompartmentInstance)
        newCompartments.delete(ext.compartment);
    }
    seen.set(ext, prec2);
    if (Array.isArray(ext)) {
      for (let e of ext)
        inner(e, prec2);
    } else if (ext instanceof CompartmentInstance) {
      if (newCompartments.has(ext.compartment))
        throw new RangeError(`Duplicate use of compartment in extensions`);
      let content2 = compartments.get(ext.compartment) || ext.inner;
      newCompartments.set(ext.compartment, content2);
      inner(content2, prec2);
    } else if (ext instanceof PrecExtension) {
      inner(ext.inner, ext.prec);
    } else if (ext instanceof StateField) {
      result[prec2].push(ext);
      if (ext.provides)
        inner(ext.provides, prec2);
    } else if (ext instanceof FacetProvider) {
      result[prec2].push(ext);
      if (ext.facet.extensions)
        inner(ext.facet.extensions, Prec_.default);
    } else {
      let content2 = ext.extension;
      if (!content2)
        throw new Error(`Unrecognized extension value in extension set (${ext}).`);
      if (content2 == ext)
        throw new Error(`Unrecognized extension value in extension set (${ext}). This sometimes happens because multiple instances of @codemirror/state are loaded, breaking instanceof checks.`);
      inner(content2, prec2);
    }
  }
  inner(extension, Prec_.default);
  return result.reduce((a, b) => a.concat(b));
}
function ensureAddr(state2, addr) {
  if (addr & 1)
    return 2;
  let idx = addr >> 1;
  let status = state2.status[idx];
  if (status == 4)
    throw new Error("Cyclic dependency between fields and/or facets");
  if (status & 2)
    return status;
  state2.status[idx] = 4;
  let changed = state2.computeSlot(state2, state2.config.dynamicSlots[idx]);
  return state2.status[idx] = 2 | changed;
}
function getAddr(state2, addr) {
  return addr & 1 ? state2.config.staticValues[addr >> 1] : state2.values[addr >> 1];
}
function joinRanges(a, b) {
  let result = [];
  for (let iA = 0, iB = 0; ; ) {
    let from, to;
    if (iA < a.length && (iB == b.length || b[iB] >= a[iA])) {
      from = a[iA++];
      to = a[iA++];
    } else if (iB < b.length) {
      from = b[iB++];
      to = b[iB++];
    } else
      return result;
    if (!result.length || result[result.length - 1] < from)
      result.push(from, to);
    else if (result[result.length - 1] < to)
      result[result.length - 1] = to;
  }
}
function mergeTransaction(a, b, sequential) {
  var _a2;
  let mapForA, mapForB, changes;
  if (sequential) {
    mapForA = b.changes;
    mapForB = ChangeSet.empty(b.changes.length);
    changes = a.changes.compose(b.changes);
  } else {
    mapForA = b.changes.map(a.changes);
    mapForB = a.changes.mapDesc(b.changes, true);
    changes = a.changes.compose(mapForA);
  }
  return {
    changes,
    selection: b.selection ? b.selection.map(mapForB) : (_a2 = a.selection) === null || _a2 === void 0 ? void 0 : _a2.map(mapForA),
    effects: StateEffect.mapEffects(a.effects, mapForA).concat(StateEffect.mapEffects(b.effects, mapForB)),
    annotations: a.annotations.length ? a.annotations.concat(b.annotations) : b.annotations,
    scrollIntoView: a.scrollIntoView || b.scrollIntoView
  };
}
function resolveTransactionInner(state2, spec, docSize) {
  let sel = spec.selection, annotations = asArray(spec.annotations);
  if (spec.userEvent)
    annotations = annotations.concat(Transaction.userEvent.of(spec.userEvent));
  return {
    changes: spec.changes instanceof ChangeSet ? spec.changes : ChangeSet.of(spec.changes || [], docSize, state2.facet(lineSeparator)),
    selection: sel && (sel instanceof EditorSelection ? sel : EditorSelection.single(sel.anchor, sel.head)),
    effects: asArray(spec.effects),
    annotations,
    scrollIntoView: !!spec.scrollIntoView
  };
}
function resolveTransaction(state2, specs, filter) {
  let s = resolveTransactionInner(state2, specs.length ? specs[0] : {}, state2.doc.length);
  if (specs.length && specs[0].filter === false)
    filter = false;
  for (let i2 = 1; i2 < specs.length; i2++) {
    if (specs[i2].filter === false)
      filter = false;
    let seq = !!specs[i2].sequential;
    s = mergeTransaction(s, resolveTransactionInner(state2, specs[i2], seq ? s.changes.newLength : state2.doc.length), seq);
  }
  let tr = Transaction.create(state2, s.changes, s.selection, s.effects, s.annotations, s.scrollIntoView);
  return extendTransaction(filter ? filterTransaction(tr) : tr);
}
function filterTransaction(tr) {
  let state2 = tr.startState;
  let result = true;
  for (let filter of state2.facet(changeFilter)) {
    let value = filter(tr);
    if (value === false) {
      result = false;
      break;
    }
    if (Array.isArray(value))
      result = result === true ? value : joinRanges(result, value);
  }
  if (result !== true) {
    let changes, back;
    if (result === false) {
      back = tr.changes.invertedDesc;
      changes = ChangeSet.empty(state2.doc.length);
    } else {
      let filtered = tr.changes.filter(result);
      changes = filtered.changes;
      back = filtered.filtered.mapDesc(filtered.changes).invertedDesc;
    }
    tr = Transaction.create(state2, changes, tr.selection && tr.selection.map(back), StateEffect.mapEffects(tr.effects, back), tr.annotations, tr.scrollIntoView);
  }
  let filters = state2.facet(transactionFilter);
  for (let i2 = filters.length - 1; i2 >= 0; i2--) {
    let filtered = filters[i2](tr);
    if (filtered instanceof Transaction)
      tr = filtered;
    else if (Array.isArray(filtered) && filtered.length == 1 && filtered[0] instanceof Transaction)
      tr = filtered[0];
    else
      tr = resolveTransaction(state2, asArray(filtered), false);
  }
  return tr;
}
function extendTransaction(tr) {
  let state2 = tr.startState, extenders = state2.facet(transactionExtender), spec = tr;
  for (let i2 = extenders.length - 1; i2 >= 0; i2--) {
    let extension = extenders[i2](tr);
    if (extension && Object.keys(extension).length)
      spec = mergeTransaction(spec, resolveTransactionInner(state2, extension, tr.changes.newLength), true);
  }
  return spec == tr ? tr : Transaction.create(state2, tr.changes, tr.selection, spec.effects, spec.annotations, spec.scrollIntoView);
}
function asArray(value) {
  return value == null ? none : Array.isArray(value) ? value : [value];
}
function hasWordChar(str) {
  if (wordChar)
    return wordChar.test(str);
  for (let i2 = 0; i2 < str.length; i2++) {
    let ch = str[i2];
    if (/\w/.test(ch) || ch > "" && (ch.toUpperCase() != ch.toLowerCase() || nonASCIISingleCaseWordChar.test(ch)))
      return true;
  }
  return false;
}
function makeCategorizer(wordChars) {
  return (char) => {
    if (!/\S/.test(char))
      return CharCategory.Space;
    if (hasWordChar(char))
      return CharCategory.Word;
    for (let i2 = 0; i2 < wordChars.length; i2++)
      if (char.indexOf(wordChars[i2]) > -1)
        return CharCategory.Word;
    return CharCategory.Other;
  };
}
function combineConfig(configs, defaults3, combine = {}) {
  let result = {};
  for (let config of configs)
    for (let key of Object.keys(config)) {
      let value = config[key], current = result[key];
      if (current === void 0)
        result[key] = value;
      else if (current === value || value === void 0) ;
      else if (Object.hasOwnProperty.call(combine, key))
        result[key] = combine[key](current, value);
      else
        throw new Error("Config merge conflict for field " + key);
    }
  for (let key in defaults3)
    if (result[key] === void 0)
      result[key] = defaults3[key];
  return result;
}
function cmpVal(a, b) {
  return a == b || a.constructor == b.constructor && a.eq(b);
}
function cmpRange(a, b) {
  return a.from - b.from || a.value.startSide - b.value.startSide;
}
function last(arr) {
  return arr[arr.length - 1];
}
function lazySort(ranges) {
  if (ranges.length > 1)
    for (let prev = ranges[0], i2 = 1; i2 < ranges.length; i2++) {
      let cur = ranges[i2];
      if (cmpRange(prev, cur) > 0)
        return ranges.slice().sort(cmpRange);
      prev = cur;
    }
  return ranges;
}
function findSharedChunks(a, b, textDiff) {
  let inA = /* @__PURE__ */ new Map();
  for (let set of a)
    for (let i2 = 0; i2 < set.chunk.length; i2++)
      if (set.chunk[i2].maxPoint <= 0)
        inA.set(set.chunk[i2], set.chunkPos[i2]);
  let shared = /* @__PURE__ */ new Set();
  for (let set of b)
    for (let i2 = 0; i2 < set.chunk.length; i2++) {
      let known2 = inA.get(set.chunk[i2]);
      if (known2 != null && (textDiff ? textDiff.mapPos(known2) : known2) == set.chunkPos[i2] && !(textDiff === null || textDiff === void 0 ? void 0 : textDiff.touchesRange(known2, known2 + set.chunk[i2].length)))
        shared.add(set.chunk[i2]);
    }
  return shared;
}
function heapBubble(heap, index) {
  for (let cur = heap[index]; ; ) {
    let childIndex = (index << 1) + 1;
    if (childIndex >= heap.length)
      break;
    let child = heap[childIndex];
    if (childIndex + 1 < heap.length && child.compare(heap[childIndex + 1]) >= 0) {
      child = heap[childIndex + 1];
      childIndex++;
    }
    if (cur.compare(child) < 0)
      break;
    heap[childIndex] = cur;
    heap[index] = child;
    index = childIndex;
  }
}
function compare(a, startA, b, startB, length, comparator) {
  a.goto(startA);
  b.goto(startB);
  let endB = startB + length;
  let pos = startB, dPos = startB - startA;
  let bounds = !!comparator.boundChange;
  for (let boundChange = false; ; ) {
    let dEnd = a.to + dPos - b.to, diff = dEnd || a.endSide - b.endSide;
    let end = diff < 0 ? a.to + dPos : b.to, clipEnd = Math.min(end, endB);
    let point = a.point || b.point;
    if (point) {
      if (!(a.point && b.point && cmpVal(a.point, b.point) && sameValues(a.activeForPoint(a.to), b.activeForPoint(b.to))))
        comparator.comparePoint(pos, clipEnd, a.point, b.point);
      boundChange = false;
    } else {
      if (boundChange) {
        comparator.boundChange(pos);
        boundChange = false;
      }
      if (clipEnd > pos && !sameValues(a.active, b.active))
        comparator.compareRange(pos, clipEnd, a.active, b.active);
      if (bounds && clipEnd < endB && (dEnd || a.openEnd(end) != b.openEnd(end)))
        boundChange = true;
    }
    if (end > endB)
      break;
    pos = end;
    if (diff <= 0)
      a.next();
    if (diff >= 0)
      b.next();
  }
}
function sameValues(a, b) {
  if (a.length != b.length)
    return false;
  for (let i2 = 0; i2 < a.length; i2++)
    if (a[i2] != b[i2] && !cmpVal(a[i2], b[i2]))
      return false;
  return true;
}
function remove(array, index) {
  for (let i2 = index, e = array.length - 1; i2 < e; i2++)
    array[i2] = array[i2 + 1];
  array.pop();
}
function insert(array, index, value) {
  for (let i2 = array.length - 1; i2 >= index; i2--)
    array[i2 + 1] = array[i2];
  array[index] = value;
}
function findMinIndex(value, array) {
  let found = -1, foundPos = 1e9;
  for (let i2 = 0; i2 < array.length; i2++)
    if ((array[i2] - foundPos || value[i2].endSide - value[found].endSide) < 0) {
      found = i2;
      foundPos = array[i2];
    }
  return found;
}
function countColumn(string2, tabSize, to = string2.length) {
  let n = 0;
  for (let i2 = 0; i2 < to && i2 < string2.length; ) {
    if (string2.charCodeAt(i2) == 9) {
      n += tabSize - n % tabSize;
      i2++;
    } else {
      n++;
      i2 = findClusterBreak2(string2, i2);
    }
  }
  return n;
}
function findColumn(string2, col, tabSize, strict) {
  for (let i2 = 0, n = 0; ; ) {
    if (n >= col)
      return i2;
    if (i2 == string2.length)
      break;
    n += string2.charCodeAt(i2) == 9 ? tabSize - n % tabSize : 1;
    i2 = findClusterBreak2(string2, i2);
  }
  return strict === true ? -1 : string2.length;
}
var Text, TextLeaf, TextNode, RawTextCursor, PartialTextCursor, LineCursor, Line, DefaultSplit, MapMode, ChangeDesc, ChangeSet, SectionIter, SelectionRange, EditorSelection, nextID, Facet, FacetProvider, initField, StateField, Prec_, Prec, PrecExtension, Compartment, CompartmentInstance, Configuration, languageData, allowMultipleSelections, lineSeparator, changeFilter, transactionFilter, transactionExtender, readOnly, Annotation, AnnotationType, StateEffectType, StateEffect, Transaction, none, CharCategory, nonASCIISingleCaseWordChar, wordChar, EditorState, RangeValue, Range, Chunk, RangeSet, RangeSetBuilder, LayerCursor, HeapCursor, SpanCursor;
var init_dist = __esm({
  "node_modules/@codemirror/state/dist/index.js"() {
    init_src();
    Text = class _Text {
      /**
      Get the line description around the given position.
      */
      lineAt(pos) {
        if (pos < 0 || pos > this.length)
          throw new RangeError(`Invalid position ${pos} in document of length ${this.length}`);
        return this.lineInner(pos, false, 1, 0);
      }
      /**
      Get the description for the given (1-based) line number.
      */
      line(n) {
        if (n < 1 || n > this.lines)
          throw new RangeError(`Invalid line number ${n} in ${this.lines}-line document`);
        return this.lineInner(n, true, 1, 0);
      }
      /**
      Replace a range of the text with the given content.
      */
      replace(from, to, text) {
        [from, to] = clip(this, from, to);
        let parts = [];
        this.decompose(
          0,
          from,
          parts,
          2
          /* Open.To */
        );
        if (text.length)
          text.decompose(
            0,
            text.length,
            parts,
            1 | 2
            /* Open.To */
          );
        this.decompose(
          to,
          this.length,
          parts,
          1
          /* Open.From */
        );
        return TextNode.from(parts, this.length - (to - from) + text.length);
      }
      /**
      Append another document to this one.
      */
      append(other) {
        return this.replace(this.length, this.length, other);
      }
      /**
      Retrieve the text between the given points.
      */
      slice(from, to = this.length) {
        [from, to] = clip(this, from, to);
        let parts = [];
        this.decompose(from, to, parts, 0);
        return TextNode.from(parts, to - from);
      }
      /**
      Test whether this text is equal to another instance.
      */
      eq(other) {
        if (other == this)
          return true;
        if (other.length != this.length || other.lines != this.lines)
          return false;
        let start = this.scanIdentical(other, 1), end = this.length - this.scanIdentical(other, -1);
        let a = new RawTextCursor(this), b = new RawTextCursor(other);
        for (let skip = start, pos = start; ; ) {
          a.next(skip);
          b.next(skip);
          skip = 0;
          if (a.lineBreak != b.lineBreak || a.done != b.done || a.value != b.value)
            return false;
          pos += a.value.length;
          if (a.done || pos >= end)
            return true;
        }
      }
      /**
      Iterate over the text. When `dir` is `-1`, iteration happens
      from end to start. This will return lines and the breaks between
      them as separate strings.
      */
      iter(dir = 1) {
        return new RawTextCursor(this, dir);
      }
      /**
      Iterate over a range of the text. When `from` > `to`, the
      iterator will run in reverse.
      */
      iterRange(from, to = this.length) {
        return new PartialTextCursor(this, from, to);
      }
      /**
      Return a cursor that iterates over the given range of lines,
      _without_ returning the line breaks between, and yielding empty
      strings for empty lines.
      
      When `from` and `to` are given, they should be 1-based line numbers.
      */
      iterLines(from, to) {
        let inner;
        if (from == null) {
          inner = this.iter();
        } else {
          if (to == null)
            to = this.lines + 1;
          let start = this.line(from).from;
          inner = this.iterRange(start, Math.max(start, to == this.lines + 1 ? this.length : to <= 1 ? 0 : this.line(to - 1).to));
        }
        return new LineCursor(inner);
      }
      /**
      Return the document as a string, using newline characters to
      separate lines.
      */
      toString() {
        return this.sliceString(0);
      }
      /**
      Convert the document to an array of lines (which can be
      deserialized again via [`Text.of`](https://codemirror.net/6/docs/ref/#state.Text^of)).
      */
      toJSON() {
        let lines = [];
        this.flatten(lines);
        return lines;
      }
      /**
      @internal
      */
      constructor() {
      }
      /**
      Create a `Text` instance for the given array of lines.
      */
      static of(text) {
        if (text.length == 0)
          throw new RangeError("A document must have at least one line");
        if (text.length == 1 && !text[0])
          return _Text.empty;
        return text.length <= 32 ? new TextLeaf(text) : TextNode.from(TextLeaf.split(text, []));
      }
    };
    TextLeaf = class _TextLeaf extends Text {
      constructor(text, length = textLength(text)) {
        super();
        this.text = text;
        this.length = length;
      }
      get lines() {
        return this.text.length;
      }
      get children() {
        return null;
      }
      lineInner(target, isLine, line, offset) {
        for (let i2 = 0; ; i2++) {
          let string2 = this.text[i2], end = offset + string2.length;
          if ((isLine ? line : end) >= target)
            return new Line(offset, end, line, string2);
          offset = end + 1;
          line++;
        }
      }
      decompose(from, to, target, open) {
        let text = from <= 0 && to >= this.length ? this : new _TextLeaf(sliceText(this.text, from, to), Math.min(to, this.length) - Math.max(0, from));
        if (open & 1) {
          let prev = target.pop();
          let joined = appendText(text.text, prev.text.slice(), 0, text.length);
          if (joined.length <= 32) {
            target.push(new _TextLeaf(joined, prev.length + text.length));
          } else {
            let mid = joined.length >> 1;
            target.push(new _TextLeaf(joined.slice(0, mid)), new _TextLeaf(joined.slice(mid)));
          }
        } else {
          target.push(text);
        }
      }
      replace(from, to, text) {
        if (!(text instanceof _TextLeaf))
          return super.replace(from, to, text);
        [from, to] = clip(this, from, to);
        let lines = appendText(this.text, appendText(text.text, sliceText(this.text, 0, from)), to);
        let newLen = this.length + text.length - (to - from);
        if (lines.length <= 32)
          return new _TextLeaf(lines, newLen);
        return TextNode.from(_TextLeaf.split(lines, []), newLen);
      }
      sliceString(from, to = this.length, lineSep = "\n") {
        [from, to] = clip(this, from, to);
        let result = "";
        for (let pos = 0, i2 = 0; pos <= to && i2 < this.text.length; i2++) {
          let line = this.text[i2], end = pos + line.length;
          if (pos > from && i2)
            result += lineSep;
          if (from < end && to > pos)
            result += line.slice(Math.max(0, from - pos), to - pos);
          pos = end + 1;
        }
        return result;
      }
      flatten(target) {
        for (let line of this.text)
          target.push(line);
      }
      scanIdentical() {
        return 0;
      }
      static split(text, target) {
        let part = [], len = -1;
        for (let line of text) {
          part.push(line);
          len += line.length + 1;
          if (part.length == 32) {
            target.push(new _TextLeaf(part, len));
            part = [];
            len = -1;
          }
        }
        if (len > -1)
          target.push(new _TextLeaf(part, len));
        return target;
      }
    };
    TextNode = class _TextNode extends Text {
      constructor(children, length) {
        super();
        this.children = children;
        this.length = length;
        this.lines = 0;
        for (let child of children)
          this.lines += child.lines;
      }
      lineInner(target, isLine, line, offset) {
        for (let i2 = 0; ; i2++) {
          let child = this.children[i2], end = offset + child.length, endLine = line + child.lines - 1;
          if ((isLine ? endLine : end) >= target)
            return child.lineInner(target, isLine, line, offset);
          offset = end + 1;
          line = endLine + 1;
        }
      }
      decompose(from, to, target, open) {
        for (let i2 = 0, pos = 0; pos <= to && i2 < this.children.length; i2++) {
          let child = this.children[i2], end = pos + child.length;
          if (from <= end && to >= pos) {
            let childOpen = open & ((pos <= from ? 1 : 0) | (end >= to ? 2 : 0));
            if (pos >= from && end <= to && !childOpen)
              target.push(child);
            else
              child.decompose(from - pos, to - pos, target, childOpen);
          }
          pos = end + 1;
        }
      }
      replace(from, to, text) {
        [from, to] = clip(this, from, to);
        if (text.lines < this.lines)
          for (let i2 = 0, pos = 0; i2 < this.children.length; i2++) {
            let child = this.children[i2], end = pos + child.length;
            if (from >= pos && to <= end) {
              let updated = child.replace(from - pos, to - pos, text);
              let totalLines = this.lines - child.lines + updated.lines;
              if (updated.lines < totalLines >> 5 - 1 && updated.lines > totalLines >> 5 + 1) {
                let copy2 = this.children.slice();
                copy2[i2] = updated;
                return new _TextNode(copy2, this.length - (to - from) + text.length);
              }
              return super.replace(pos, end, updated);
            }
            pos = end + 1;
          }
        return super.replace(from, to, text);
      }
      sliceString(from, to = this.length, lineSep = "\n") {
        [from, to] = clip(this, from, to);
        let result = "";
        for (let i2 = 0, pos = 0; i2 < this.children.length && pos <= to; i2++) {
          let child = this.children[i2], end = pos + child.length;
          if (pos > from && i2)
            result += lineSep;
          if (from < end && to > pos)
            result += child.sliceString(from - pos, to - pos, lineSep);
          pos = end + 1;
        }
        return result;
      }
      flatten(target) {
        for (let child of this.children)
          child.flatten(target);
      }
      scanIdentical(other, dir) {
        if (!(other instanceof _TextNode))
          return 0;
        let length = 0;
        let [iA, iB, eA, eB] = dir > 0 ? [0, 0, this.children.length, other.children.length] : [this.children.length - 1, other.children.length - 1, -1, -1];
        for (; ; iA += dir, iB += dir) {
          if (iA == eA || iB == eB)
            return length;
          let chA = this.children[iA], chB = other.children[iB];
          if (chA != chB)
            return length + chA.scanIdentical(chB, dir);
          length += chA.length + 1;
        }
      }
      static from(children, length = children.reduce((l, ch) => l + ch.length + 1, -1)) {
        let lines = 0;
        for (let ch of children)
          lines += ch.lines;
        if (lines < 32) {
          let flat = [];
          for (let ch of children)
            ch.flatten(flat);
          return new TextLeaf(flat, length);
        }
        let chunk = Math.max(
          32,
          lines >> 5
          /* Tree.BranchShift */
        ), maxChunk = chunk << 1, minChunk = chunk >> 1;
        let chunked = [], currentLines = 0, currentLen = -1, currentChunk = [];
        function add(child) {
          let last2;
          if (child.lines > maxChunk && child instanceof _TextNode) {
            for (let node of child.children)
              add(node);
          } else if (child.lines > minChunk && (currentLines > minChunk || !currentLines)) {
            flush();
            chunked.push(child);
          } else if (child instanceof TextLeaf && currentLines && (last2 = currentChunk[currentChunk.length - 1]) instanceof TextLeaf && child.lines + last2.lines <= 32) {
            currentLines += child.lines;
            currentLen += child.length + 1;
            currentChunk[currentChunk.length - 1] = new TextLeaf(last2.text.concat(child.text), last2.length + 1 + child.length);
          } else {
            if (currentLines + child.lines > chunk)
              flush();
            currentLines += child.lines;
            currentLen += child.length + 1;
            currentChunk.push(child);
          }
        }
        function flush() {
          if (currentLines == 0)
            return;
          chunked.push(currentChunk.length == 1 ? currentChunk[0] : _TextNode.from(currentChunk, currentLen));
          currentLen = -1;
          currentLines = currentChunk.length = 0;
        }
        for (let child of children)
          add(child);
        flush();
        return chunked.length == 1 ? chunked[0] : new _TextNode(chunked, length);
      }
    };
    Text.empty = /* @__PURE__ */ new TextLeaf([""], 0);
    RawTextCursor = class {
      constructor(text, dir = 1) {
        this.dir = dir;
        this.done = false;
        this.lineBreak = false;
        this.value = "";
        this.nodes = [text];
        this.offsets = [dir > 0 ? 1 : (text instanceof TextLeaf ? text.text.length : text.children.length) << 1];
      }
      nextInner(skip, dir) {
        this.done = this.lineBreak = false;
        for (; ; ) {
          let last2 = this.nodes.length - 1;
          let top2 = this.nodes[last2], offsetValue = this.offsets[last2], offset = offsetValue >> 1;
          let size = top2 instanceof TextLeaf ? top2.text.length : top2.children.length;
          if (offset == (dir > 0 ? size : 0)) {
            if (last2 == 0) {
              this.done = true;
              this.value = "";
              return this;
            }
            if (dir > 0)
              this.offsets[last2 - 1]++;
            this.nodes.pop();
            this.offsets.pop();
          } else if ((offsetValue & 1) == (dir > 0 ? 0 : 1)) {
            this.offsets[last2] += dir;
            if (skip == 0) {
              this.lineBreak = true;
              this.value = "\n";
              return this;
            }
            skip--;
          } else if (top2 instanceof TextLeaf) {
            let next = top2.text[offset + (dir < 0 ? -1 : 0)];
            this.offsets[last2] += dir;
            if (next.length > Math.max(0, skip)) {
              this.value = skip == 0 ? next : dir > 0 ? next.slice(skip) : next.slice(0, next.length - skip);
              return this;
            }
            skip -= next.length;
          } else {
            let next = top2.children[offset + (dir < 0 ? -1 : 0)];
            if (skip > next.length) {
              skip -= next.length;
              this.offsets[last2] += dir;
            } else {
              if (dir < 0)
                this.offsets[last2]--;
              this.nodes.push(next);
              this.offsets.push(dir > 0 ? 1 : (next instanceof TextLeaf ? next.text.length : next.children.length) << 1);
            }
          }
        }
      }
      next(skip = 0) {
        if (skip < 0) {
          this.nextInner(-skip, -this.dir);
          skip = this.value.length;
        }
        return this.nextInner(skip, this.dir);
      }
    };
    PartialTextCursor = class {
      constructor(text, start, end) {
        this.value = "";
        this.done = false;
        this.cursor = new RawTextCursor(text, start > end ? -1 : 1);
        this.pos = start > end ? text.length : 0;
        this.from = Math.min(start, end);
        this.to = Math.max(start, end);
      }
      nextInner(skip, dir) {
        if (dir < 0 ? this.pos <= this.from : this.pos >= this.to) {
          this.value = "";
          this.done = true;
          return this;
        }
        skip += Math.max(0, dir < 0 ? this.pos - this.to : this.from - this.pos);
        let limit = dir < 0 ? this.pos - this.from : this.to - this.pos;
        if (skip > limit)
          skip = limit;
        limit -= skip;
        let { value } = this.cursor.next(skip);
        this.pos += (value.length + skip) * dir;
        this.value = value.length <= limit ? value : dir < 0 ? value.slice(value.length - limit) : value.slice(0, limit);
        this.done = !this.value;
        return this;
      }
      next(skip = 0) {
        if (skip < 0)
          skip = Math.max(skip, this.from - this.pos);
        else if (skip > 0)
          skip = Math.min(skip, this.to - this.pos);
        return this.nextInner(skip, this.cursor.dir);
      }
      get lineBreak() {
        return this.cursor.lineBreak && this.value != "";
      }
    };
    LineCursor = class {
      constructor(inner) {
        this.inner = inner;
        this.afterBreak = true;
        this.value = "";
        this.done = false;
      }
      next(skip = 0) {
        let { done, lineBreak, value } = this.inner.next(skip);
        if (done && this.afterBreak) {
          this.value = "";
          this.afterBreak = false;
        } else if (done) {
          this.done = true;
          this.value = "";
        } else if (lineBreak) {
          if (this.afterBreak) {
            this.value = "";
          } else {
            this.afterBreak = true;
            this.next();
          }
        } else {
          this.value = value;
          this.afterBreak = false;
        }
        return this;
      }
      get lineBreak() {
        return false;
      }
    };
    if (typeof Symbol != "undefined") {
      Text.prototype[Symbol.iterator] = function() {
        return this.iter();
      };
      RawTextCursor.prototype[Symbol.iterator] = PartialTextCursor.prototype[Symbol.iterator] = LineCursor.prototype[Symbol.iterator] = function() {
        return this;
      };
    }
    Line = class {
      /**
      @internal
      */
      constructor(from, to, number2, text) {
        this.from = from;
        this.to = to;
        this.number = number2;
        this.text = text;
      }
      /**
      The length of the line (not including any line break after it).
      */
      get length() {
        return this.to - this.from;
      }
    };
    DefaultSplit = /\r\n?|\n/;
    MapMode = /* @__PURE__ */ (function(MapMode2) {
      MapMode2[MapMode2["Simple"] = 0] = "Simple";
      MapMode2[MapMode2["TrackDel"] = 1] = "TrackDel";
      MapMode2[MapMode2["TrackBefore"] = 2] = "TrackBefore";
      MapMode2[MapMode2["TrackAfter"] = 3] = "TrackAfter";
      return MapMode2;
    })(MapMode || (MapMode = {}));
    ChangeDesc = class _ChangeDesc {
      // Sections are encoded as pairs of integers. The first is the
      // length in the current document, and the second is -1 for
      // unaffected sections, and the length of the replacement content
      // otherwise. So an insertion would be (0, n>0), a deletion (n>0,
      // 0), and a replacement two positive numbers.
      /**
      @internal
      */
      constructor(sections) {
        this.sections = sections;
      }
      /**
      The length of the document before the change.
      */
      get length() {
        let result = 0;
        for (let i2 = 0; i2 < this.sections.length; i2 += 2)
          result += this.sections[i2];
        return result;
      }
      /**
      The length of the document after the change.
      */
      get newLength() {
        let result = 0;
        for (let i2 = 0; i2 < this.sections.length; i2 += 2) {
          let ins = this.sections[i2 + 1];
          result += ins < 0 ? this.sections[i2] : ins;
        }
        return result;
      }
      /**
      False when there are actual changes in this set.
      */
      get empty() {
        return this.sections.length == 0 || this.sections.length == 2 && this.sections[1] < 0;
      }
      /**
      Iterate over the unchanged parts left by these changes. `posA`
      provides the position of the range in the old document, `posB`
      the new position in the changed document.
      */
      iterGaps(f) {
        for (let i2 = 0, posA = 0, posB = 0; i2 < this.sections.length; ) {
          let len = this.sections[i2++], ins = this.sections[i2++];
          if (ins < 0) {
            f(posA, posB, len);
            posB += len;
          } else {
            posB += ins;
          }
          posA += len;
        }
      }
      /**
      Iterate over the ranges changed by these changes. (See
      [`ChangeSet.iterChanges`](https://codemirror.net/6/docs/ref/#state.ChangeSet.iterChanges) for a
      variant that also provides you with the inserted text.)
      `fromA`/`toA` provides the extent of the change in the starting
      document, `fromB`/`toB` the extent of the replacement in the
      changed document.
      
      When `individual` is true, adjacent changes (which are kept
      separate for [position mapping](https://codemirror.net/6/docs/ref/#state.ChangeDesc.mapPos)) are
      reported separately.
      */
      iterChangedRanges(f, individual = false) {
        iterChanges(this, f, individual);
      }
      /**
      Get a description of the inverted form of these changes.
      */
      get invertedDesc() {
        let sections = [];
        for (let i2 = 0; i2 < this.sections.length; ) {
          let len = this.sections[i2++], ins = this.sections[i2++];
          if (ins < 0)
            sections.push(len, ins);
          else
            sections.push(ins, len);
        }
        return new _ChangeDesc(sections);
      }
      /**
      Compute the combined effect of applying another set of changes
      after this one. The length of the document after this set should
      match the length before `other`.
      */
      composeDesc(other) {
        return this.empty ? other : other.empty ? this : composeSets(this, other);
      }
      /**
      Map this description, which should start with the same document
      as `other`, over another set of changes, so that it can be
      applied after it. When `before` is true, map as if the changes
      in `this` happened before the ones in `other`.
      */
      mapDesc(other, before = false) {
        return other.empty ? this : mapSet(this, other, before);
      }
      mapPos(pos, assoc = -1, mode = MapMode.Simple) {
        let posA = 0, posB = 0;
        for (let i2 = 0; i2 < this.sections.length; ) {
          let len = this.sections[i2++], ins = this.sections[i2++], endA = posA + len;
          if (ins < 0) {
            if (endA > pos)
              return posB + (pos - posA);
            posB += len;
          } else {
            if (mode != MapMode.Simple && endA >= pos && (mode == MapMode.TrackDel && posA < pos && endA > pos || mode == MapMode.TrackBefore && posA < pos || mode == MapMode.TrackAfter && endA > pos))
              return null;
            if (endA > pos || endA == pos && assoc < 0 && !len)
              return pos == posA || assoc < 0 ? posB : posB + ins;
            posB += ins;
          }
          posA = endA;
        }
        if (pos > posA)
          throw new RangeError(`Position ${pos} is out of range for changeset of length ${posA}`);
        return posB;
      }
      /**
      Check whether these changes touch a given range. When one of the
      changes entirely covers the range, the string `"cover"` is
      returned.
      */
      touchesRange(from, to = from) {
        for (let i2 = 0, pos = 0; i2 < this.sections.length && pos <= to; ) {
          let len = this.sections[i2++], ins = this.sections[i2++], end = pos + len;
          if (ins >= 0 && pos <= to && end >= from)
            return pos < from && end > to ? "cover" : true;
          pos = end;
        }
        return false;
      }
      /**
      @internal
      */
      toString() {
        let result = "";
        for (let i2 = 0; i2 < this.sections.length; ) {
          let len = this.sections[i2++], ins = this.sections[i2++];
          result += (result ? " " : "") + len + (ins >= 0 ? ":" + ins : "");
        }
        return result;
      }
      /**
      Serialize this change desc to a JSON-representable value.
      */
      toJSON() {
        return this.sections;
      }
      /**
      Create a change desc from its JSON representation (as produced
      by [`toJSON`](https://codemirror.net/6/docs/ref/#state.ChangeDesc.toJSON).
      */
      static fromJSON(json) {
        if (!Array.isArray(json) || json.length % 2 || json.some((a) => typeof a != "number"))
          throw new RangeError("Invalid JSON representation of ChangeDesc");
        return new _ChangeDesc(json);
      }
      /**
      @internal
      */
      static create(sections) {
        return new _ChangeDesc(sections);
      }
    };
    ChangeSet = class _ChangeSet extends ChangeDesc {
      constructor(sections, inserted) {
        super(sections);
        this.inserted = inserted;
      }
      /**
      Apply the changes to a document, returning the modified
      document.
      */
      apply(doc2) {
        if (this.length != doc2.length)
          throw new RangeError("Applying change set to a document with the wrong length");
        iterChanges(this, (fromA, toA, fromB, _toB, text) => doc2 = doc2.replace(fromB, fromB + (toA - fromA), text), false);
        return doc2;
      }
      mapDesc(other, before = false) {
        return mapSet(this, other, before, true);
      }
      /**
      Given the document as it existed _before_ the changes, return a
      change set that represents the inverse of this set, which could
      be used to go from the document created by the changes back to
      the document as it existed before the changes.
      */
      invert(doc2) {
        let sections = this.sections.slice(), inserted = [];
        for (let i2 = 0, pos = 0; i2 < sections.length; i2 += 2) {
          let len = sections[i2], ins = sections[i2 + 1];
          if (ins >= 0) {
            sections[i2] = ins;
            sections[i2 + 1] = len;
            let index = i2 >> 1;
            while (inserted.length < index)
              inserted.push(Text.empty);
            inserted.push(len ? doc2.slice(pos, pos + len) : Text.empty);
          }
          pos += len;
        }
        return new _ChangeSet(sections, inserted);
      }
      /**
      Combine two subsequent change sets into a single set. `other`
      must start in the document produced by `this`. If `this` goes
      `docA` → `docB` and `other` represents `docB` → `docC`, the
      returned value will represent the change `docA` → `docC`.
      */
      compose(other) {
        return this.empty ? other : other.empty ? this : composeSets(this, other, true);
      }
      /**
      Given another change set starting in the same document, maps this
      change set over the other, producing a new change set that can be
      applied to the document produced by applying `other`. When
      `before` is `true`, order changes as if `this` comes before
      `other`, otherwise (the default) treat `other` as coming first.
      
      Given two changes `A` and `B`, `A.compose(B.map(A))` and
      `B.compose(A.map(B, true))` will produce the same document. This
      provides a basic form of [operational
      transformation](https://en.wikipedia.org/wiki/Operational_transformation),
      and can be used for collaborative editing.
      */
      map(other, before = false) {
        return other.empty ? this : mapSet(this, other, before, true);
      }
      /**
      Iterate over the changed ranges in the document, calling `f` for
      each, with the range in the original document (`fromA`-`toA`)
      and the range that replaces it in the new document
      (`fromB`-`toB`).
      
      When `individual` is true, adjacent changes are reported
      separately.
      */
      iterChanges(f, individual = false) {
        iterChanges(this, f, individual);
      }
      /**
      Get a [change description](https://codemirror.net/6/docs/ref/#state.ChangeDesc) for this change
      set.
      */
      get desc() {
        return ChangeDesc.create(this.sections);
      }
      /**
      @internal
      */
      filter(ranges) {
        let resultSections = [], resultInserted = [], filteredSections = [];
        let iter = new SectionIter(this);
        done: for (let i2 = 0, pos = 0; ; ) {
          let next = i2 == ranges.length ? 1e9 : ranges[i2++];
          while (pos < next || pos == next && iter.len == 0) {
            if (iter.done)
              break done;
            let len = Math.min(iter.len, next - pos);
            addSection(filteredSections, len, -1);
            let ins = iter.ins == -1 ? -1 : iter.off == 0 ? iter.ins : 0;
            addSection(resultSections, len, ins);
            if (ins > 0)
              addInsert(resultInserted, resultSections, iter.text);
            iter.forward(len);
            pos += len;
          }
          let end = ranges[i2++];
          while (pos < end) {
            if (iter.done)
              break done;
            let len = Math.min(iter.len, end - pos);
            addSection(resultSections, len, -1);
            addSection(filteredSections, len, iter.ins == -1 ? -1 : iter.off == 0 ? iter.ins : 0);
            iter.forward(len);
            pos += len;
          }
        }
        return {
          changes: new _ChangeSet(resultSections, resultInserted),
          filtered: ChangeDesc.create(filteredSections)
        };
      }
      /**
      Serialize this change set to a JSON-representable value.
      */
      toJSON() {
        let parts = [];
        for (let i2 = 0; i2 < this.sections.length; i2 += 2) {
          let len = this.sections[i2], ins = this.sections[i2 + 1];
          if (ins < 0)
            parts.push(len);
          else if (ins == 0)
            parts.push([len]);
          else
            parts.push([len].concat(this.inserted[i2 >> 1].toJSON()));
        }
        return parts;
      }
      /**
      Create a change set for the given changes, for a document of the
      given length, using `lineSep` as line separator.
      */
      static of(changes, length, lineSep) {
        let sections = [], inserted = [], pos = 0;
        let total = null;
        function flush(force = false) {
          if (!force && !sections.length)
            return;
          if (pos < length)
            addSection(sections, length - pos, -1);
          let set = new _ChangeSet(sections, inserted);
          total = total ? total.compose(set.map(total)) : set;
          sections = [];
          inserted = [];
          pos = 0;
        }
        function process2(spec) {
          if (Array.isArray(spec)) {
            for (let sub of spec)
              process2(sub);
          } else if (spec instanceof _ChangeSet) {
            if (spec.length != length)
              throw new RangeError(`Mismatched change set length (got ${spec.length}, expected ${length})`);
            flush();
            total = total ? total.compose(spec.map(total)) : spec;
          } else {
            let { from, to = from, insert: insert2 } = spec;
            if (from > to || from < 0 || to > length)
              throw new RangeError(`Invalid change range ${from} to ${to} (in doc of length ${length})`);
            let insText = !insert2 ? Text.empty : typeof insert2 == "string" ? Text.of(insert2.split(lineSep || DefaultSplit)) : insert2;
            let insLen = insText.length;
            if (from == to && insLen == 0)
              return;
            if (from < pos)
              flush();
            if (from > pos)
              addSection(sections, from - pos, -1);
            addSection(sections, to - from, insLen);
            addInsert(inserted, sections, insText);
            pos = to;
          }
        }
        process2(changes);
        flush(!total);
        return total;
      }
      /**
      Create an empty changeset of the given length.
      */
      static empty(length) {
        return new _ChangeSet(length ? [length, -1] : [], []);
      }
      /**
      Create a changeset from its JSON representation (as produced by
      [`toJSON`](https://codemirror.net/6/docs/ref/#state.ChangeSet.toJSON).
      */
      static fromJSON(json) {
        if (!Array.isArray(json))
          throw new RangeError("Invalid JSON representation of ChangeSet");
        let sections = [], inserted = [];
        for (let i2 = 0; i2 < json.length; i2++) {
          let part = json[i2];
          if (typeof part == "number") {
            sections.push(part, -1);
          } else if (!Array.isArray(part) || typeof part[0] != "number" || part.some((e, i3) => i3 && typeof e != "string")) {
            throw new RangeError("Invalid JSON representation of ChangeSet");
          } else if (part.length == 1) {
            sections.push(part[0], 0);
          } else {
            while (inserted.length < i2)
              inserted.push(Text.empty);
            inserted[i2] = Text.of(part.slice(1));
            sections.push(part[0], inserted[i2].length);
          }
        }
        return new _ChangeSet(sections, inserted);
      }
      /**
      @internal
      */
      static createSet(sections, inserted) {
        return new _ChangeSet(sections, inserted);
      }
    };
    SectionIter = class {
      constructor(set) {
        this.set = set;
        this.i = 0;
        this.next();
      }
      next() {
        let { sections } = this.set;
        if (this.i < sections.length) {
          this.len = sections[this.i++];
          this.ins = sections[this.i++];
        } else {
          this.len = 0;
          this.ins = -2;
        }
        this.off = 0;
      }
      get done() {
        return this.ins == -2;
      }
      get len2() {
        return this.ins < 0 ? this.len : this.ins;
      }
      get text() {
        let { inserted } = this.set, index = this.i - 2 >> 1;
        return index >= inserted.length ? Text.empty : inserted[index];
      }
      textBit(len) {
        let { inserted } = this.set, index = this.i - 2 >> 1;
        return index >= inserted.length && !len ? Text.empty : inserted[index].slice(this.off, len == null ? void 0 : this.off + len);
      }
      forward(len) {
        if (len == this.len)
          this.next();
        else {
          this.len -= len;
          this.off += len;
        }
      }
      forward2(len) {
        if (this.ins == -1)
          this.forward(len);
        else if (len == this.ins)
          this.next();
        else {
          this.ins -= len;
          this.off += len;
        }
      }
    };
    SelectionRange = class _SelectionRange {
      constructor(from, to, flags, goalColumn) {
        this.from = from;
        this.to = to;
        this.flags = flags;
        this.goalColumn = goalColumn;
      }
      /**
      The anchor of the range—the side that doesn't move when you
      extend it.
      */
      get anchor() {
        return this.flags & 32 ? this.to : this.from;
      }
      /**
      The head of the range, which is moved when the range is
      [extended](https://codemirror.net/6/docs/ref/#state.SelectionRange.extend).
      */
      get head() {
        return this.flags & 32 ? this.from : this.to;
      }
      /**
      True when `anchor` and `head` are at the same position.
      */
      get empty() {
        return this.from == this.to;
      }
      /**
      If this is a cursor that is explicitly associated with the
      character on one of its sides, this returns the side. -1 means
      the character before its position, 1 the character after, and 0
      means no association.
      */
      get assoc() {
        return this.flags & 8 ? -1 : this.flags & 16 ? 1 : 0;
      }
      /**
      A flag that, when set, makes some selection-extending commands
      treat the range's head and anchor as exchangeable, so that for
      example Shift-ArrowUp will make the lower side of the selection
      the anchor, even if that was the head before. Used to implement
      MacOS-style undirectional selections.
      */
      get undirectional() {
        return (this.flags & 64) > 0;
      }
      /**
      The bidirectional text level associated with this cursor, if
      any.
      */
      get bidiLevel() {
        let level = this.flags & 7;
        return level == 7 ? null : level;
      }
      /**
      Map this range through a change, producing a valid range in the
      updated document.
      */
      map(change, assoc = -1) {
        let from, to;
        if (this.empty) {
          from = to = change.mapPos(this.from, assoc);
        } else {
          from = change.mapPos(this.from, 1);
          to = change.mapPos(this.to, -1);
        }
        return from == this.from && to == this.to ? this : new _SelectionRange(from, to, this.flags, this.goalColumn);
      }
      /**
      Extend this range to cover at least `from` to `to`.
      */
      extend(from, to = from, assoc = 0) {
        if (from <= this.anchor && to >= this.anchor)
          return EditorSelection.range(from, to, void 0, void 0, assoc);
        let head = Math.abs(from - this.anchor) > Math.abs(to - this.anchor) ? from : to;
        return EditorSelection.range(this.anchor, head, void 0, void 0, assoc);
      }
      /**
      Compare this range to another range.
      */
      eq(other, includeAssoc = false) {
        return this.anchor == other.anchor && this.head == other.head && this.goalColumn == other.goalColumn && (!includeAssoc || !this.empty || this.assoc == other.assoc);
      }
      /**
      Return a JSON-serializable object representing the range.
      */
      toJSON() {
        return { anchor: this.anchor, head: this.head };
      }
      /**
      Convert a JSON representation of a range to a `SelectionRange`
      instance.
      */
      static fromJSON(json) {
        if (!json || typeof json.anchor != "number" || typeof json.head != "number")
          throw new RangeError("Invalid JSON representation for SelectionRange");
        return EditorSelection.range(json.anchor, json.head);
      }
      /**
      @internal
      */
      static create(from, to, flags, goalColumn) {
        return new _SelectionRange(from, to, flags, goalColumn);
      }
    };
    EditorSelection = class _EditorSelection {
      constructor(ranges, mainIndex) {
        this.ranges = ranges;
        this.mainIndex = mainIndex;
      }
      /**
      Map a selection through a change. Used to adjust the selection
      position for changes.
      */
      map(change, assoc = -1) {
        if (change.empty)
          return this;
        return _EditorSelection.create(this.ranges.map((r) => r.map(change, assoc)), this.mainIndex);
      }
      /**
      Compare this selection to another selection. By default, ranges
      are compared only by position. When `includeAssoc` is true,
      cursor ranges must also have the same
      [`assoc`](https://codemirror.net/6/docs/ref/#state.SelectionRange.assoc) value.
      */
      eq(other, includeAssoc = false) {
        if (this.ranges.length != other.ranges.length || this.mainIndex != other.mainIndex)
          return false;
        for (let i2 = 0; i2 < this.ranges.length; i2++)
          if (!this.ranges[i2].eq(other.ranges[i2], includeAssoc))
            return false;
        return true;
      }
      /**
      Get the primary selection range. Usually, you should make sure
      your code applies to _all_ ranges, by using methods like
      [`changeByRange`](https://codemirror.net/6/docs/ref/#state.EditorState.changeByRange).
      */
      get main() {
        return this.ranges[this.mainIndex];
      }
      /**
      Make sure the selection only has one range. Returns a selection
      holding only the main range from this selection.
      */
      asSingle() {
        return this.ranges.length == 1 ? this : new _EditorSelection([this.main], 0);
      }
      /**
      Extend this selection with an extra range.
      */
      addRange(range, main2 = true) {
        return _EditorSelection.create([range].concat(this.ranges), main2 ? 0 : this.mainIndex + 1);
      }
      /**
      Replace a given range with another range, and then normalize the
      selection to merge and sort ranges if necessary.
      */
      replaceRange(range, which = this.mainIndex) {
        let ranges = this.ranges.slice();
        ranges[which] = range;
        return _EditorSelection.create(ranges, this.mainIndex);
      }
      /**
      Convert this selection to an object that can be serialized to
      JSON.
      */
      toJSON() {
        return { ranges: this.ranges.map((r) => r.toJSON()), main: this.mainIndex };
      }
      /**
      Create a selection from a JSON representation.
      */
      static fromJSON(json) {
        if (!json || !Array.isArray(json.ranges) || typeof json.main != "number" || json.main >= json.ranges.length)
          throw new RangeError("Invalid JSON representation for EditorSelection");
        return new _EditorSelection(json.ranges.map((r) => SelectionRange.fromJSON(r)), json.main);
      }
      /**
      Create a selection holding a single range.
      */
      static single(anchor, head = anchor) {
        return new _EditorSelection([_EditorSelection.range(anchor, head)], 0);
      }
      /**
      Sort and merge the given set of ranges, creating a valid
      selection.
      */
      static create(ranges, mainIndex = 0) {
        if (ranges.length == 0)
          throw new RangeError("A selection needs at least one range");
        for (let pos = 0, i2 = 0; i2 < ranges.length; i2++) {
          let range = ranges[i2];
          if (range.empty ? range.from <= pos : range.from < pos)
            return _EditorSelection.normalized(ranges.slice(), mainIndex);
          pos = range.to;
        }
        return new _EditorSelection(ranges, mainIndex);
      }
      /**
      Create a cursor selection range at the given position. You can
      safely ignore the optional arguments in most situations.
      */
      static cursor(pos, assoc = 0, bidiLevel, goalColumn) {
        return SelectionRange.create(pos, pos, (assoc == 0 ? 0 : assoc < 0 ? 8 : 16) | (bidiLevel == null ? 7 : Math.min(6, bidiLevel)), goalColumn);
      }
      /**
      Create a selection range.
      */
      static range(anchor, head, goalColumn, bidiLevel, assoc) {
        let flags = bidiLevel == null ? 7 : Math.min(6, bidiLevel);
        if (!assoc && anchor != head)
          assoc = head < anchor ? 1 : -1;
        if (assoc)
          flags |= assoc < 0 ? 8 : 16;
        return head < anchor ? SelectionRange.create(head, anchor, flags | 32, goalColumn) : SelectionRange.create(anchor, head, flags, goalColumn);
      }
      /**
      Create an [undirectional](https://codemirror.net/6/docs/ref/#state.SelectionRange.undirectional)
      selection range.
      */
      static undirectionalRange(from, to) {
        return SelectionRange.create(from, to, 64, void 0);
      }
      /**
      @internal
      */
      static normalized(ranges, mainIndex = 0) {
        let main2 = ranges[mainIndex];
        ranges.sort((a, b) => a.from - b.from);
        mainIndex = ranges.indexOf(main2);
        for (let i2 = 1; i2 < ranges.length; i2++) {
          let range = ranges[i2], prev = ranges[i2 - 1];
          if (range.empty ? range.from <= prev.to : range.from < prev.to) {
            let from = prev.from, to = Math.max(range.to, prev.to);
            if (i2 <= mainIndex)
              mainIndex--;
            ranges.splice(--i2, 2, range.anchor > range.head ? _EditorSelection.range(to, from) : _EditorSelection.range(from, to));
          }
        }
        return new _EditorSelection(ranges, mainIndex);
      }
    };
    nextID = 0;
    Facet = class _Facet {
      constructor(combine, compareInput, compare2, isStatic, enables) {
        this.combine = combine;
        this.compareInput = compareInput;
        this.compare = compare2;
        this.isStatic = isStatic;
        this.id = nextID++;
        this.default = combine([]);
        this.extensions = typeof enables == "function" ? enables(this) : enables;
      }
      /**
      Returns a facet reader for this facet, which can be used to
      [read](https://codemirror.net/6/docs/ref/#state.EditorState.facet) it but not to define values for it.
      */
      get reader() {
        return this;
      }
      /**
      Define a new facet.
      */
      static define(config = {}) {
        return new _Facet(config.combine || ((a) => a), config.compareInput || ((a, b) => a === b), config.compare || (!config.combine ? sameArray : (a, b) => a === b), !!config.static, config.enables);
      }
      /**
      Returns an extension that adds the given value to this facet.
      */
      of(value) {
        return new FacetProvider([], this, 0, value);
      }
      /**
      Create an extension that computes a value for the facet from a
      state. You must take care to declare the parts of the state that
      this value depends on, since your function is only called again
      for a new state when one of those parts changed.
      
      In cases where your value depends only on a single field, you'll
      want to use the [`from`](https://codemirror.net/6/docs/ref/#state.Facet.from) method instead.
      */
      compute(deps, get) {
        if (this.isStatic)
          throw new Error("Can't compute a static facet");
        return new FacetProvider(deps, this, 1, get);
      }
      /**
      Create an extension that computes zero or more values for this
      facet from a state.
      */
      computeN(deps, get) {
        if (this.isStatic)
          throw new Error("Can't compute a static facet");
        return new FacetProvider(deps, this, 2, get);
      }
      from(field, get) {
        if (!get)
          get = (x) => x;
        return this.compute([field], (state2) => get(state2.field(field)));
      }
    };
    FacetProvider = class {
      constructor(dependencies, facet, type, value) {
        this.dependencies = dependencies;
        this.facet = facet;
        this.type = type;
        this.value = value;
        this.id = nextID++;
      }
      dynamicSlot(addresses) {
        var _a2;
        let getter = this.value;
        let compare2 = this.facet.compareInput;
        let id2 = this.id, idx = addresses[id2] >> 1, multi = this.type == 2;
        let depDoc = false, depSel = false, depAddrs = [];
        for (let dep of this.dependencies) {
          if (dep == "doc")
            depDoc = true;
          else if (dep == "selection")
            depSel = true;
          else if ((((_a2 = addresses[dep.id]) !== null && _a2 !== void 0 ? _a2 : 1) & 1) == 0)
            depAddrs.push(addresses[dep.id]);
        }
        return {
          create(state2) {
            state2.values[idx] = getter(state2);
            return 1;
          },
          update(state2, tr) {
            if (depDoc && tr.docChanged || depSel && (tr.docChanged || tr.selection) || ensureAll(state2, depAddrs)) {
              let newVal = getter(state2);
              if (multi ? !compareArray(newVal, state2.values[idx], compare2) : !compare2(newVal, state2.values[idx])) {
                state2.values[idx] = newVal;
                return 1;
              }
            }
            return 0;
          },
          reconfigure: (state2, oldState) => {
            let newVal, oldAddr = oldState.config.address[id2];
            if (oldAddr != null) {
              let oldVal = getAddr(oldState, oldAddr);
              if (this.dependencies.every((dep) => {
                return dep instanceof Facet ? oldState.facet(dep) === state2.facet(dep) : dep instanceof StateField ? oldState.field(dep, false) == state2.field(dep, false) : true;
              }) || (multi ? compareArray(newVal = getter(state2), oldVal, compare2) : compare2(newVal = getter(state2), oldVal))) {
                state2.values[idx] = oldVal;
                return 0;
              }
            } else {
              newVal = getter(state2);
            }
            state2.values[idx] = newVal;
            return 1;
          }
        };
      }
      get extension() {
        return this;
      }
    };
    initField = /* @__PURE__ */ Facet.define({ static: true });
    StateField = class _StateField {
      constructor(id2, createF, updateF, compareF, spec) {
        this.id = id2;
        this.createF = createF;
        this.updateF = updateF;
        this.compareF = compareF;
        this.spec = spec;
        this.provides = void 0;
      }
      /**
      Define a state field.
      */
      static define(config) {
        let field = new _StateField(nextID++, config.create, config.update, config.compare || ((a, b) => a === b), config);
        if (config.provide)
          field.provides = config.provide(field);
        return field;
      }
      create(state2) {
        let init = state2.facet(initField).find((i2) => i2.field == this);
        return ((init === null || init === void 0 ? void 0 : init.create) || this.createF)(state2);
      }
      /**
      @internal
      */
      slot(addresses) {
        let idx = addresses[this.id] >> 1;
        return {
          create: (state2) => {
            state2.values[idx] = this.create(state2);
            return 1;
          },
          update: (state2, tr) => {
            let oldVal = state2.values[idx];
            let value = this.updateF(oldVal, tr);
            if (this.compareF(oldVal, value))
              return 0;
            state2.values[idx] = value;
            return 1;
          },
          reconfigure: (state2, oldState) => {
            let init = state2.facet(initField), oldInit = oldState.facet(initField), reInit;
            if ((reInit = init.find((i2) => i2.field == this)) && reInit != oldInit.find((i2) => i2.field == this)) {
              state2.values[idx] = reInit.create(state2);
              return 1;
            }
            if (oldState.config.address[this.id] != null) {
              state2.values[idx] = oldState.field(this);
              return 0;
            }
            state2.values[idx] = this.create(state2);
            return 1;
          }
        };
      }
      /**
      Returns an extension that enables this field and overrides the
      way it is initialized. Can be useful when you need to provide a
      non-default starting value for the field.
      */
      init(create2) {
        return [this, initField.of({ field: this, create: create2 })];
      }
      /**
      State field instances can be used as
      [`Extension`](https://codemirror.net/6/docs/ref/#state.Extension) values to enable the field in a
      given state.
      */
      get extension() {
        return this;
      }
    };
    Prec_ = { lowest: 4, low: 3, default: 2, high: 1, highest: 0 };
    Prec = {
      /**
      The highest precedence level, for extensions that should end up
      near the start of the precedence ordering.
      */
      highest: /* @__PURE__ */ prec(Prec_.highest),
      /**
      A higher-than-default precedence, for extensions that should
      come before those with default precedence.
      */
      high: /* @__PURE__ */ prec(Prec_.high),
      /**
      The default precedence, which is also used for extensions
      without an explicit precedence.
      */
      default: /* @__PURE__ */ prec(Prec_.default),
      /**
      A lower-than-default precedence.
      */
      low: /* @__PURE__ */ prec(Prec_.low),
      /**
      The lowest precedence level. Meant for things that should end up
      near the end of the extension order.
      */
      lowest: /* @__PURE__ */ prec(Prec_.lowest)
    };
    PrecExtension = class {
      constructor(inner, prec2) {
        this.inner = inner;
        this.prec = prec2;
      }
      get extension() {
        return this;
      }
    };
    Compartment = class _Compartment {
      /**
      Create an instance of this compartment to add to your [state
      configuration](https://codemirror.net/6/docs/ref/#state.EditorStateConfig.extensions).
      */
      of(ext) {
        return new CompartmentInstance(this, ext);
      }
      /**
      Create an [effect](https://codemirror.net/6/docs/ref/#state.TransactionSpec.effects) that
      reconfigures this compartment.
      */
      reconfigure(content2) {
        return _Compartment.reconfigure.of({ compartment: this, extension: content2 });
      }
      /**
      Get the current content of the compartment in the state, or
      `undefined` if it isn't present.
      */
      get(state2) {
        return state2.config.compartments.get(this);
      }
    };
    CompartmentInstance = class {
      constructor(compartment, inner) {
        this.compartment = compartment;
        this.inner = inner;
      }
      get extension() {
        return this;
      }
    };
    Configuration = class _Configuration {
      constructor(base2, compartments, dynamicSlots, address, staticValues, facets) {
        this.base = base2;
        this.compartments = compartments;
        this.dynamicSlots = dynamicSlots;
        this.address = address;
        this.staticValues = staticValues;
        this.facets = facets;
        this.statusTemplate = [];
        while (this.statusTemplate.length < dynamicSlots.length)
          this.statusTemplate.push(
            0
            /* SlotStatus.Unresolved */
          );
      }
      staticFacet(facet) {
        let addr = this.address[facet.id];
        return addr == null ? facet.default : this.staticValues[addr >> 1];
      }
      static resolve(base2, compartments, oldState) {
        let fields = [];
        let facets = /* @__PURE__ */ Object.create(null);
        let newCompartments = /* @__PURE__ */ new Map();
        for (let ext of flatten2(base2, compartments, newCompartments)) {
          if (ext instanceof StateField)
            fields.push(ext);
          else
            (facets[ext.facet.id] || (facets[ext.facet.id] = [])).push(ext);
        }
        let address = /* @__PURE__ */ Object.create(null);
        let staticValues = [];
        let dynamicSlots = [];
        for (let field of fields) {
          address[field.id] = dynamicSlots.length << 1;
          dynamicSlots.push((a) => field.slot(a));
        }
        let oldFacets = oldState === null || oldState === void 0 ? void 0 : oldState.config.facets;
        for (let id2 in facets) {
          let providers = facets[id2], facet = providers[0].facet;
          let oldProviders = oldFacets && oldFacets[id2] || [];
          if (providers.every(
            (p) => p.type == 0
            /* Provider.Static */
          )) {
            address[facet.id] = staticValues.length << 1 | 1;
            if (sameArray(oldProviders, providers)) {
              staticValues.push(oldState.facet(facet));
            } else {
              let value = facet.combine(providers.map((p) => p.value));
              staticValues.push(oldState && facet.compare(value, oldState.facet(facet)) ? oldState.facet(facet) : value);
            }
          } else {
            for (let p of providers) {
              if (p.type == 0) {
                address[p.id] = staticValues.length << 1 | 1;
                staticValues.push(p.value);
              } else {
                address[p.id] = dynamicSlots.length << 1;
                dynamicSlots.push((a) => p.dynamicSlot(a));
              }
            }
            address[facet.id] = dynamicSlots.length << 1;
            dynamicSlots.push((a) => dynamicFacetSlot(a, facet, providers));
          }
        }
        let dynamic = dynamicSlots.map((f) => f(address));
        return new _Configuration(base2, newCompartments, dynamic, address, staticValues, facets);
      }
    };
    languageData = /* @__PURE__ */ Facet.define();
    allowMultipleSelections = /* @__PURE__ */ Facet.define({
      combine: (values) => values.some((v) => v),
      static: true
    });
    lineSeparator = /* @__PURE__ */ Facet.define({
      combine: (values) => values.length ? values[0] : void 0,
      static: true
    });
    changeFilter = /* @__PURE__ */ Facet.define();
    transactionFilter = /* @__PURE__ */ Facet.define();
    transactionExtender = /* @__PURE__ */ Facet.define();
    readOnly = /* @__PURE__ */ Facet.define({
      combine: (values) => values.length ? values[0] : false
    });
    Annotation = class {
      /**
      @internal
      */
      constructor(type, value) {
        this.type = type;
        this.value = value;
      }
      /**
      Define a new type of annotation.
      */
      static define() {
        return new AnnotationType();
      }
    };
    AnnotationType = class {
      /**
      Create an instance of this annotation.
      */
      of(value) {
        return new Annotation(this, value);
      }
    };
    StateEffectType = class {
      /**
      @internal
      */
      constructor(map) {
        this.map = map;
      }
      /**
      Create a [state effect](https://codemirror.net/6/docs/ref/#state.StateEffect) instance of this
      type.
      */
      of(value) {
        return new StateEffect(this, value);
      }
    };
    StateEffect = class _StateEffect {
      /**
      @internal
      */
      constructor(type, value) {
        this.type = type;
        this.value = value;
      }
      /**
      Map this effect through a position mapping. Will return
      `undefined` when that ends up deleting the effect.
      */
      map(mapping) {
        let mapped = this.type.map(this.value, mapping);
        return mapped === void 0 ? void 0 : mapped == this.value ? this : new _StateEffect(this.type, mapped);
      }
      /**
      Tells you whether this effect object is of a given
      [type](https://codemirror.net/6/docs/ref/#state.StateEffectType).
      */
      is(type) {
        return this.type == type;
      }
      /**
      Define a new effect type. The type parameter indicates the type
      of values that his effect holds. It should be a type that
      doesn't include `undefined`, since that is used in
      [mapping](https://codemirror.net/6/docs/ref/#state.StateEffect.map) to indicate that an effect is
      removed.
      */
      static define(spec = {}) {
        return new StateEffectType(spec.map || ((v) => v));
      }
      /**
      Map an array of effects through a change set.
      */
      static mapEffects(effects, mapping) {
        if (!effects.length)
          return effects;
        let result = [];
        for (let effect of effects) {
          let mapped = effect.map(mapping);
          if (mapped)
            result.push(mapped);
        }
        return result;
      }
    };
    StateEffect.reconfigure = /* @__PURE__ */ StateEffect.define();
    StateEffect.appendConfig = /* @__PURE__ */ StateEffect.define();
    Transaction = class _Transaction {
      constructor(startState, changes, selection, effects, annotations, scrollIntoView2) {
        this.startState = startState;
        this.changes = changes;
        this.selection = selection;
        this.effects = effects;
        this.annotations = annotations;
        this.scrollIntoView = scrollIntoView2;
        this._doc = null;
        this._state = null;
        if (selection)
          checkSelection(selection, changes.newLength);
        if (!annotations.some((a) => a.type == _Transaction.time))
          this.annotations = annotations.concat(_Transaction.time.of(Date.now()));
      }
      /**
      @internal
      */
      static create(startState, changes, selection, effects, annotations, scrollIntoView2) {
        return new _Transaction(startState, changes, selection, effects, annotations, scrollIntoView2);
      }
      /**
      The new document produced by the transaction. Contrary to
      [`.state`](https://codemirror.net/6/docs/ref/#state.Transaction.state)`.doc`, accessing this won't
      force the entire new state to be computed right away, so it is
      recommended that [transaction
      filters](https://codemirror.net/6/docs/ref/#state.EditorState^transactionFilter) use this getter
      when they need to look at the new document.
      */
      get newDoc() {
        return this._doc || (this._doc = this.changes.apply(this.startState.doc));
      }
      /**
      The new selection produced by the transaction. If
      [`this.selection`](https://codemirror.net/6/docs/ref/#state.Transaction.selection) is undefined,
      this will [map](https://codemirror.net/6/docs/ref/#state.EditorSelection.map) the start state's
      current selection through the changes made by the transaction.
      */
      get newSelection() {
        return this.selection || this.startState.selection.map(this.changes);
      }
      /**
      The new state created by the transaction. Computed on demand
      (but retained for subsequent access), so it is recommended not to
      access it in [transaction
      filters](https://codemirror.net/6/docs/ref/#state.EditorState^transactionFilter) when possible.
      */
      get state() {
        if (!this._state)
          this.startState.applyTransaction(this);
        return this._state;
      }
      /**
      Get the value of the given annotation type, if any.
      */
      annotation(type) {
        for (let ann of this.annotations)
          if (ann.type == type)
            return ann.value;
        return void 0;
      }
      /**
      Indicates whether the transaction changed the document.
      */
      get docChanged() {
        return !this.changes.empty;
      }
      /**
      Indicates whether this transaction reconfigures the state
      (through a [configuration compartment](https://codemirror.net/6/docs/ref/#state.Compartment) or
      with a top-level configuration
      [effect](https://codemirror.net/6/docs/ref/#state.StateEffect^reconfigure).
      */
      get reconfigured() {
        return this.startState.config != this.state.config;
      }
      /**
      Returns true if the transaction has a [user
      event](https://codemirror.net/6/docs/ref/#state.Transaction^userEvent) annotation that is equal to
      or more specific than `event`. For example, if the transaction
      has `"select.pointer"` as user event, `"select"` and
      `"select.pointer"` will match it.
      */
      isUserEvent(event) {
        let e = this.annotation(_Transaction.userEvent);
        return !!(e && (e == event || e.length > event.length && e.slice(0, event.length) == event && e[event.length] == "."));
      }
    };
    Transaction.time = /* @__PURE__ */ Annotation.define();
    Transaction.userEvent = /* @__PURE__ */ Annotation.define();
    Transaction.addToHistory = /* @__PURE__ */ Annotation.define();
    Transaction.remote = /* @__PURE__ */ Annotation.define();
    none = [];
    CharCategory = /* @__PURE__ */ (function(CharCategory2) {
      CharCategory2[CharCategory2["Word"] = 0] = "Word";
      CharCategory2[CharCategory2["Space"] = 1] = "Space";
      CharCategory2[CharCategory2["Other"] = 2] = "Other";
      return CharCategory2;
    })(CharCategory || (CharCategory = {}));
    nonASCIISingleCaseWordChar = /[\u00df\u0587\u0590-\u05f4\u0600-\u06ff\u3040-\u309f\u30a0-\u30ff\u3400-\u4db5\u4e00-\u9fcc\uac00-\ud7af]/;
    try {
      wordChar = /* @__PURE__ */ new RegExp("[\\p{Alphabetic}\\p{Number}_]", "u");
    } catch (_) {
    }
    EditorState = class _EditorState {
      constructor(config, doc2, selection, values, computeSlot, tr) {
        this.config = config;
        this.doc = doc2;
        this.selection = selection;
        this.values = values;
        this.status = config.statusTemplate.slice();
        this.computeSlot = computeSlot;
        if (tr)
          tr._state = this;
        for (let i2 = 0; i2 < this.config.dynamicSlots.length; i2++)
          ensureAddr(this, i2 << 1);
        this.computeSlot = null;
      }
      field(field, require2 = true) {
        let addr = this.config.address[field.id];
        if (addr == null) {
          if (require2)
            throw new RangeError("Field is not present in this state");
          return void 0;
        }
        ensureAddr(this, addr);
        return getAddr(this, addr);
      }
      /**
      Create a [transaction](https://codemirror.net/6/docs/ref/#state.Transaction) that updates this
      state. Any number of [transaction specs](https://codemirror.net/6/docs/ref/#state.TransactionSpec)
      can be passed. Unless
      [`sequential`](https://codemirror.net/6/docs/ref/#state.TransactionSpec.sequential) is set, the
      [changes](https://codemirror.net/6/docs/ref/#state.TransactionSpec.changes) (if any) of each spec
      are assumed to start in the _current_ document (not the document
      produced by previous specs), and its
      [selection](https://codemirror.net/6/docs/ref/#state.TransactionSpec.selection) and
      [effects](https://codemirror.net/6/docs/ref/#state.TransactionSpec.effects) are assumed to refer
      to the document created by its _own_ changes. The resulting
      transaction contains the combined effect of all the different
      specs. For [selection](https://codemirror.net/6/docs/ref/#state.TransactionSpec.selection), later
      specs take precedence over earlier ones.
      */
      update(...specs) {
        return resolveTransaction(this, specs, true);
      }
      /**
      @internal
      */
      applyTransaction(tr) {
        let conf = this.config, { base: base2, compartments } = conf;
        for (let effect of tr.effects) {
          if (effect.is(Compartment.reconfigure)) {
            if (conf) {
              compartments = /* @__PURE__ */ new Map();
              conf.compartments.forEach((val, key) => compartments.set(key, val));
              conf = null;
            }
            compartments.set(effect.value.compartment, effect.value.extension);
          } else if (effect.is(StateEffect.reconfigure)) {
            conf = null;
            base2 = effect.value;
          } else if (effect.is(StateEffect.appendConfig)) {
            conf = null;
            base2 = asArray(base2).concat(effect.value);
          }
        }
        let startValues;
        if (!conf) {
          conf = Configuration.resolve(base2, compartments, this);
          let intermediateState = new _EditorState(conf, this.doc, this.selection, conf.dynamicSlots.map(() => null), (state2, slot) => slot.reconfigure(state2, this), null);
          startValues = intermediateState.values;
        } else {
          startValues = tr.startState.values.slice();
        }
        let selection = tr.startState.facet(allowMultipleSelections) ? tr.newSelection : tr.newSelection.asSingle();
        new _EditorState(conf, tr.newDoc, selection, startValues, (state2, slot) => slot.update(state2, tr), tr);
      }
      /**
      Create a [transaction spec](https://codemirror.net/6/docs/ref/#state.TransactionSpec) that
      replaces every selection range with the given content.
      */
      replaceSelection(text) {
        if (typeof text == "string")
          text = this.toText(text);
        return this.changeByRange((range) => ({
          changes: { from: range.from, to: range.to, insert: text },
          range: EditorSelection.cursor(range.from + text.length, -1)
        }));
      }
      /**
      Create a set of changes and a new selection by running the given
      function for each range in the active selection. The function
      can return an optional set of changes (in the coordinate space
      of the start document), plus an updated range (in the coordinate
      space of the document produced by the call's own changes). This
      method will merge all the changes and ranges into a single
      changeset and selection, and return it as a [transaction
      spec](https://codemirror.net/6/docs/ref/#state.TransactionSpec), which can be passed to
      [`update`](https://codemirror.net/6/docs/ref/#state.EditorState.update).
      */
      changeByRange(f) {
        let sel = this.selection;
        let result1 = f(sel.ranges[0]);
        let changes = this.changes(result1.changes), ranges = [result1.range];
        let effects = asArray(result1.effects);
        for (let i2 = 1; i2 < sel.ranges.length; i2++) {
          let result = f(sel.ranges[i2]);
          let newChanges = this.changes(result.changes), newMapped = newChanges.map(changes);
          for (let j = 0; j < i2; j++)
            ranges[j] = ranges[j].map(newMapped);
          let mapBy = changes.mapDesc(newChanges, true);
          ranges.push(result.range.map(mapBy));
          changes = changes.compose(newMapped);
          effects = StateEffect.mapEffects(effects, newMapped).concat(StateEffect.mapEffects(asArray(result.effects), mapBy));
        }
        return {
          changes,
          selection: EditorSelection.create(ranges, sel.mainIndex),
          effects
        };
      }
      /**
      Create a [change set](https://codemirror.net/6/docs/ref/#state.ChangeSet) from the given change
      description, taking the state's document length and line
      separator into account.
      */
      changes(spec = []) {
        if (spec instanceof ChangeSet)
          return spec;
        return ChangeSet.of(spec, this.doc.length, this.facet(_EditorState.lineSeparator));
      }
      /**
      Using the state's [line
      separator](https://codemirror.net/6/docs/ref/#state.EditorState^lineSeparator), create a
      [`Text`](https://codemirror.net/6/docs/ref/#state.Text) instance from the given string.
      */
      toText(string2) {
        return Text.of(string2.split(this.facet(_EditorState.lineSeparator) || DefaultSplit));
      }
      /**
      Return the given range of the document as a string.
      */
      sliceDoc(from = 0, to = this.doc.length) {
        return this.doc.sliceString(from, to, this.lineBreak);
      }
      /**
      Get the value of a state [facet](https://codemirror.net/6/docs/ref/#state.Facet).
      */
      facet(facet) {
        let addr = this.config.address[facet.id];
        if (addr == null)
          return facet.default;
        ensureAddr(this, addr);
        return getAddr(this, addr);
      }
      /**
      Convert this state to a JSON-serializable object. When custom
      fields should be serialized, you can pass them in as an object
      mapping property names (in the resulting object, which should
      not use `doc` or `selection`) to fields.
      */
      toJSON(fields) {
        let result = {
          doc: this.sliceDoc(),
          selection: this.selection.toJSON()
        };
        if (fields)
          for (let prop in fields) {
            let value = fields[prop];
            if (value instanceof StateField && this.config.address[value.id] != null)
              result[prop] = value.spec.toJSON(this.field(fields[prop]), this);
          }
        return result;
      }
      /**
      Deserialize a state from its JSON representation. When custom
      fields should be deserialized, pass the same object you passed
      to [`toJSON`](https://codemirror.net/6/docs/ref/#state.EditorState.toJSON) when serializing as
      third argument.
      */
      static fromJSON(json, config = {}, fields) {
        if (!json || typeof json.doc != "string")
          throw new RangeError("Invalid JSON representation for EditorState");
        let fieldInit = [];
        if (fields)
          for (let prop in fields) {
            if (Object.prototype.hasOwnProperty.call(json, prop)) {
              let field = fields[prop], value = json[prop];
              fieldInit.push(field.init((state2) => field.spec.fromJSON(value, state2)));
            }
          }
        return _EditorState.create({
          doc: json.doc,
          selection: EditorSelection.fromJSON(json.selection),
          extensions: config.extensions ? fieldInit.concat([config.extensions]) : fieldInit
        });
      }
      /**
      Create a new state. You'll usually only need this when
      initializing an editor—updated states are created by applying
      transactions.
      */
      static create(config = {}) {
        let configuration = Configuration.resolve(config.extensions || [], /* @__PURE__ */ new Map());
        let doc2 = config.doc instanceof Text ? config.doc : Text.of((config.doc || "").split(configuration.staticFacet(_EditorState.lineSeparator) || DefaultSplit));
        let selection = !config.selection ? EditorSelection.single(0) : config.selection instanceof EditorSelection ? config.selection : EditorSelection.single(config.selection.anchor, config.selection.head);
        checkSelection(selection, doc2.length);
        if (!configuration.staticFacet(allowMultipleSelections))
          selection = selection.asSingle();
        return new _EditorState(configuration, doc2, selection, configuration.dynamicSlots.map(() => null), (state2, slot) => slot.create(state2), null);
      }
      /**
      The size (in columns) of a tab in the document, determined by
      the [`tabSize`](https://codemirror.net/6/docs/ref/#state.EditorState^tabSize) facet.
      */
      get tabSize() {
        return this.facet(_EditorState.tabSize);
      }
      /**
      Get the proper [line-break](https://codemirror.net/6/docs/ref/#state.EditorState^lineSeparator)
      string for this state.
      */
      get lineBreak() {
        return this.facet(_EditorState.lineSeparator) || "\n";
      }
      /**
      Returns true when the editor is
      [configured](https://codemirror.net/6/docs/ref/#state.EditorState^readOnly) to be read-only.
      */
      get readOnly() {
        return this.facet(readOnly);
      }
      /**
      Look up a translation for the given phrase (via the
      [`phrases`](https://codemirror.net/6/docs/ref/#state.EditorState^phrases) facet), or return the
      original string if no translation is found.
      
      If additional arguments are passed, they will be inserted in
      place of markers like `$1` (for the first value) and `$2`, etc.
      A single `$` is equivalent to `$1`, and `$$` will produce a
      literal dollar sign.
      */
      phrase(phrase, ...insert2) {
        for (let map of this.facet(_EditorState.phrases))
          if (Object.prototype.hasOwnProperty.call(map, phrase)) {
            phrase = map[phrase];
            break;
          }
        if (insert2.length)
          phrase = phrase.replace(/\$(\$|\d*)/g, (m, i2) => {
            if (i2 == "$")
              return "$";
            let n = +(i2 || 1);
            return !n || n > insert2.length ? m : insert2[n - 1];
          });
        return phrase;
      }
      /**
      Find the values for a given language data field, provided by the
      the [`languageData`](https://codemirror.net/6/docs/ref/#state.EditorState^languageData) facet.
      
      Examples of language data fields are...
      
      - [`"commentTokens"`](https://codemirror.net/6/docs/ref/#commands.CommentTokens) for specifying
        comment syntax.
      - [`"autocomplete"`](https://codemirror.net/6/docs/ref/#autocomplete.autocompletion^config.override)
        for providing language-specific completion sources.
      - [`"wordChars"`](https://codemirror.net/6/docs/ref/#state.EditorState.charCategorizer) for adding
        characters that should be considered part of words in this
        language.
      - [`"closeBrackets"`](https://codemirror.net/6/docs/ref/#autocomplete.CloseBracketConfig) controls
        bracket closing behavior.
      */
      languageDataAt(name2, pos, side = -1) {
        let values = [];
        for (let provider of this.facet(languageData)) {
          for (let result of provider(this, pos, side)) {
            if (Object.prototype.hasOwnProperty.call(result, name2))
              values.push(result[name2]);
          }
        }
        return values;
      }
      /**
      Return a function that can categorize strings (expected to
      represent a single [grapheme cluster](https://codemirror.net/6/docs/ref/#state.findClusterBreak))
      into one of:
      
       - Word (contains an alphanumeric character or a character
         explicitly listed in the local language's `"wordChars"`
         language data, which should be a string)
       - Space (contains only whitespace)
       - Other (anything else)
      */
      charCategorizer(at) {
        let chars = this.languageDataAt("wordChars", at);
        return makeCategorizer(chars.length ? chars[0] : "");
      }
      /**
      Find the word at the given position, meaning the range
      containing all [word](https://codemirror.net/6/docs/ref/#state.CharCategory.Word) characters
      around it. If no word characters are adjacent to the position,
      this returns null.
      */
      wordAt(pos) {
        let { text, from, length } = this.doc.lineAt(pos);
        let cat = this.charCategorizer(pos);
        let start = pos - from, end = pos - from;
        while (start > 0) {
          let prev = findClusterBreak2(text, start, false);
          if (cat(text.slice(prev, start)) != CharCategory.Word)
            break;
          start = prev;
        }
        while (end < length) {
          let next = findClusterBreak2(text, end);
          if (cat(text.slice(end, next)) != CharCategory.Word)
            break;
          end = next;
        }
        return start == end ? null : EditorSelection.range(start + from, end + from);
      }
    };
    EditorState.allowMultipleSelections = allowMultipleSelections;
    EditorState.tabSize = /* @__PURE__ */ Facet.define({
      combine: (values) => values.length ? values[0] : 4
    });
    EditorState.lineSeparator = lineSeparator;
    EditorState.readOnly = readOnly;
    EditorState.phrases = /* @__PURE__ */ Facet.define({
      compare(a, b) {
        let kA = Object.keys(a), kB = Object.keys(b);
        return kA.length == kB.length && kA.every((k) => a[k] == b[k]);
      }
    });
    EditorState.languageData = languageData;
    EditorState.changeFilter = changeFilter;
    EditorState.transactionFilter = transactionFilter;
    EditorState.transactionExtender = transactionExtender;
    Compartment.reconfigure = /* @__PURE__ */ StateEffect.define();
    RangeValue = class {
      /**
      Compare this value with another value. Used when comparing
      rangesets. The default implementation compares by identity.
      Unless you are only creating a fixed number of unique instances
      of your value type, it is a good idea to implement this
      properly.
      */
      eq(other) {
        return this == other;
      }
      /**
      Create a [range](https://codemirror.net/6/docs/ref/#state.Range) with this value.
      */
      range(from, to = from) {
        return Range.create(from, to, this);
      }
    };
    RangeValue.prototype.startSide = RangeValue.prototype.endSide = 0;
    RangeValue.prototype.point = false;
    RangeValue.prototype.mapMode = MapMode.TrackDel;
    Range = class _Range {
      constructor(from, to, value) {
        this.from = from;
        this.to = to;
        this.value = value;
      }
      /**
      @internal
      */
      static create(from, to, value) {
        return new _Range(from, to, value);
      }
    };
    Chunk = class _Chunk {
      constructor(from, to, value, maxPoint) {
        this.from = from;
        this.to = to;
        this.value = value;
        this.maxPoint = maxPoint;
      }
      get length() {
        return last(this.to);
      }
      // Find the index of the given position and side. Use the ranges'
      // `from` pos when `end == false`, `to` when `end == true`.
      findIndex(pos, side, end, startAt = 0) {
        let arr = end ? this.to : this.from;
        for (let lo = startAt, hi = arr.length; ; ) {
          if (lo == hi)
            return lo;
          let mid = lo + hi >> 1;
          let diff = arr[mid] - pos || (end ? this.value[mid].endSide : this.value[mid].startSide) - side;
          if (mid == lo)
            return diff >= 0 ? lo : hi;
          if (diff >= 0)
            hi = mid;
          else
            lo = mid + 1;
        }
      }
      between(offset, from, to, f) {
        for (let i2 = this.findIndex(from, -1e9, true), e = this.findIndex(to, 1e9, false, i2); i2 < e; i2++)
          if (f(this.from[i2] + offset, this.to[i2] + offset, this.value[i2]) === false)
            return false;
      }
      map(offset, changes, basePos, baseSide, spill) {
        let value = [], from = [], to = [], newPos = -1, maxPoint = -1;
        iter: for (let i2 = 0; i2 < this.value.length; i2++) {
          let val = this.value[i2], curFrom = this.from[i2] + offset, curTo = this.to[i2] + offset, newFrom, newTo;
          if (curFrom == curTo) {
            let mapped = changes.mapPos(curFrom, val.startSide, val.mapMode);
            if (mapped == null)
              continue;
            newFrom = newTo = mapped;
            if (val.startSide != val.endSide) {
              newTo = changes.mapPos(curFrom, val.endSide);
              if (newTo < newFrom)
                continue;
            }
          } else {
            newFrom = changes.mapPos(curFrom, val.startSide);
            newTo = changes.mapPos(curTo, val.endSide);
            if (newFrom > newTo || newFrom == newTo && val.startSide > 0 && val.endSide <= 0)
              continue;
          }
          if ((newTo - newFrom || val.endSide - val.startSide) < 0)
            continue;
          if (newPos < 0)
            newPos = newFrom;
          if (val.point)
            maxPoint = Math.max(maxPoint, newTo - newFrom);
          if ((newFrom - basePos || val.startSide - baseSide) >= 0) {
            value.push(val);
            from.push(newFrom - newPos);
            to.push(newTo - newPos);
            basePos = newTo;
            baseSide = val.endSide;
          } else {
            if (newFrom == newTo) {
              for (let i3 = value.length; i3 > 0; i3--) {
                if ((newFrom - (to[i3 - 1] + newPos) || val.startSide - value[i3 - 1].endSide) >= 0) {
                  value.splice(i3, 0, val);
                  from.splice(i3, 0, newFrom - newPos);
                  to.splice(i3, 0, newTo - newPos);
                  continue iter;
                }
                if ((newFrom - (from[i3 - 1] + newPos) || val.endSide - value[i3 - 1].startSide) > 0)
                  break;
              }
            }
            spill(newFrom, newTo, val);
          }
        }
        return { mapped: value.length ? new _Chunk(from, to, value, maxPoint) : null, pos: newPos };
      }
    };
    RangeSet = class _RangeSet {
      constructor(chunkPos, chunk, nextLayer, maxPoint) {
        this.chunkPos = chunkPos;
        this.chunk = chunk;
        this.nextLayer = nextLayer;
        this.maxPoint = maxPoint;
      }
      /**
      @internal
      */
      static create(chunkPos, chunk, nextLayer, maxPoint) {
        return new _RangeSet(chunkPos, chunk, nextLayer, maxPoint);
      }
      /**
      @internal
      */
      get length() {
        let last2 = this.chunk.length - 1;
        return last2 < 0 ? 0 : Math.max(this.chunkEnd(last2), this.nextLayer.length);
      }
      /**
      The number of ranges in the set.
      */
      get size() {
        if (this.isEmpty)
          return 0;
        let size = this.nextLayer.size;
        for (let chunk of this.chunk)
          size += chunk.value.length;
        return size;
      }
      /**
      @internal
      */
      chunkEnd(index) {
        return this.chunkPos[index] + this.chunk[index].length;
      }
      /**
      Update the range set, optionally adding new ranges or filtering
      out existing ones.
      
      (Note: The type parameter is just there as a kludge to work
      around TypeScript variance issues that prevented `RangeSet<X>`
      from being a subtype of `RangeSet<Y>` when `X` is a subtype of
      `Y`.)
      */
      update(updateSpec) {
        let { add = [], sort = false, filterFrom = 0, filterTo = this.length } = updateSpec;
        let filter = updateSpec.filter;
        if (add.length == 0 && !filter)
          return this;
        if (sort)
          add = add.slice().sort(cmpRange);
        if (this.isEmpty)
          return add.length ? _RangeSet.of(add) : this;
        let cur = new LayerCursor(this, null, -1).goto(0), i2 = 0, spill = [];
        let builder = new RangeSetBuilder();
        while (cur.value || i2 < add.length) {
          if (i2 < add.length && (cur.from - add[i2].from || cur.startSide - add[i2].value.startSide) >= 0) {
            let range = add[i2++];
            if (!builder.addInner(range.from, range.to, range.value, false))
              spill.push(range);
          } else if (cur.rangeIndex == 1 && cur.chunkIndex < this.chunk.length && (i2 == add.length || this.chunkEnd(cur.chunkIndex) < add[i2].from) && (!filter || filterFrom > this.chunkEnd(cur.chunkIndex) || filterTo < this.chunkPos[cur.chunkIndex]) && builder.addChunk(this.chunkPos[cur.chunkIndex], this.chunk[cur.chunkIndex])) {
            cur.nextChunk();
          } else {
            if (!filter || filterFrom > cur.to || filterTo < cur.from || filter(cur.from, cur.to, cur.value)) {
              if (!builder.addInner(cur.from, cur.to, cur.value, false))
                spill.push(Range.create(cur.from, cur.to, cur.value));
            }
            cur.next();
          }
        }
        return builder.finishInner(this.nextLayer.isEmpty && !spill.length ? _RangeSet.empty : this.nextLayer.update({ add: spill, filter, filterFrom, filterTo }));
      }
      /**
      Map this range set through a set of changes, return the new set.
      */
      map(changes) {
        if (changes.empty || this.isEmpty)
          return this;
        let chunks = [], chunkPos = [], maxPoint = -1;
        let spilled;
        let spill = (from, to, value) => {
          if (!spilled)
            spilled = new RangeSetBuilder();
          spilled.addRange(from, to, value, false);
        };
        for (let i2 = 0; i2 < this.chunk.length; i2++) {
          let start = this.chunkPos[i2], chunk = this.chunk[i2];
          let touch = changes.touchesRange(start, start + chunk.length);
          if (touch === false) {
            maxPoint = Math.max(maxPoint, chunk.maxPoint);
            chunks.push(chunk);
            chunkPos.push(changes.mapPos(start));
          } else if (touch === true) {
            let [prevPos, prevSide] = !chunks.length ? [-1, -1] : [last(chunkPos) + last(chunks).length, last(last(chunks).value).endSide];
            let { mapped, pos } = chunk.map(start, changes, prevPos, prevSide, spill);
            if (mapped) {
              maxPoint = Math.max(maxPoint, mapped.maxPoint);
              chunks.push(mapped);
              chunkPos.push(pos);
            }
          }
        }
        let next = this.nextLayer.map(changes);
        if (spilled)
          next = spilled.finishInner(next);
        return chunks.length == 0 ? next : new _RangeSet(chunkPos, chunks, next || _RangeSet.empty, maxPoint);
      }
      /**
      Iterate over the ranges that touch the region `from` to `to`,
      calling `f` for each. There is no guarantee that the ranges will
      be reported in any specific order. When the callback returns
      `false`, iteration stops.
      */
      between(from, to, f) {
        if (this.isEmpty)
          return;
        for (let i2 = 0; i2 < this.chunk.length; i2++) {
          let start = this.chunkPos[i2], chunk = this.chunk[i2];
          if (to >= start && from <= start + chunk.length && chunk.between(start, from - start, to - start, f) === false)
            return;
        }
        this.nextLayer.between(from, to, f);
      }
      /**
      Iterate over the ranges in this set, in order, including all
      ranges that end at or after `from`.
      */
      iter(from = 0) {
        return HeapCursor.from([this]).goto(from);
      }
      /**
      @internal
      */
      get isEmpty() {
        return this.nextLayer == this;
      }
      /**
      Iterate over the ranges in a collection of sets, in order,
      starting from `from`.
      */
      static iter(sets, from = 0) {
        return HeapCursor.from(sets).goto(from);
      }
      /**
      Iterate over two groups of sets, calling methods on `comparator`
      to notify it of possible differences.
      */
      static compare(oldSets, newSets, textDiff, comparator, minPointSize = -1) {
        let a = oldSets.filter((set) => set.maxPoint > 0 || !set.isEmpty && set.maxPoint >= minPointSize);
        let b = newSets.filter((set) => set.maxPoint > 0 || !set.isEmpty && set.maxPoint >= minPointSize);
        let sharedChunks = findSharedChunks(a, b, textDiff);
        let sideA = new SpanCursor(a, sharedChunks, minPointSize);
        let sideB = new SpanCursor(b, sharedChunks, minPointSize);
        textDiff.iterGaps((fromA, fromB, length) => compare(sideA, fromA, sideB, fromB, length, comparator));
        if (textDiff.empty && textDiff.length == 0)
          compare(sideA, 0, sideB, 0, 0, comparator);
      }
      /**
      Compare the contents of two groups of range sets, returning true
      if they are equivalent in the given range.
      */
      static eq(oldSets, newSets, from = 0, to) {
        if (to == null)
          to = 1e9 - 1;
        let a = oldSets.filter((set) => !set.isEmpty && newSets.indexOf(set) < 0);
        let b = newSets.filter((set) => !set.isEmpty && oldSets.indexOf(set) < 0);
        if (a.length != b.length)
          return false;
        if (!a.length)
          return true;
        let sharedChunks = findSharedChunks(a, b);
        let sideA = new SpanCursor(a, sharedChunks, 0).goto(from), sideB = new SpanCursor(b, sharedChunks, 0).goto(from);
        for (; ; ) {
          if (sideA.to != sideB.to || !sameValues(sideA.active, sideB.active) || sideA.point && (!sideB.point || !cmpVal(sideA.point, sideB.point)))
            return false;
          if (sideA.to > to)
            return true;
          sideA.next();
          sideB.next();
        }
      }
      /**
      Iterate over a group of range sets at the same time, notifying
      the iterator about the ranges covering every given piece of
      content. Returns the open count (see
      [`SpanIterator.span`](https://codemirror.net/6/docs/ref/#state.SpanIterator.span)) at the end
      of the iteration.
      */
      static spans(sets, from, to, iterator, minPointSize = -1) {
        let cursor = new SpanCursor(sets, null, minPointSize).goto(from), pos = from;
        let openRanges = cursor.openStart;
        for (; ; ) {
          let curTo = Math.min(cursor.to, to);
          if (cursor.point) {
            let active2 = cursor.activeForPoint(cursor.to);
            let openCount = cursor.pointFrom < from ? active2.length + 1 : cursor.point.startSide < 0 ? active2.length : Math.min(active2.length, openRanges);
            iterator.point(pos, curTo, cursor.point, active2, openCount, cursor.pointRank);
            openRanges = Math.min(cursor.openEnd(curTo), active2.length);
          } else if (curTo > pos) {
            iterator.span(pos, curTo, cursor.active, openRanges);
            openRanges = cursor.openEnd(curTo);
          }
          if (cursor.to > to)
            return openRanges + (cursor.point && cursor.to > to ? 1 : 0);
          pos = cursor.to;
          cursor.next();
        }
      }
      /**
      Create a range set for the given range or array of ranges. By
      default, this expects the ranges to be _sorted_ (by start
      position and, if two start at the same position,
      `value.startSide`). You can pass `true` as second argument to
      cause the method to sort them.
      */
      static of(ranges, sort = false) {
        let build2 = new RangeSetBuilder();
        for (let range of ranges instanceof Range ? [ranges] : sort ? lazySort(ranges) : ranges)
          build2.add(range.from, range.to, range.value);
        return build2.finish();
      }
      /**
      Join an array of range sets into a single set.
      */
      static join(sets) {
        if (!sets.length)
          return _RangeSet.empty;
        let result = last(sets);
        for (let i2 = sets.length - 2; i2 >= 0; i2--) {
          for (let layer = sets[i2]; layer != _RangeSet.empty; layer = layer.nextLayer)
            result = new _RangeSet(layer.chunkPos, layer.chunk, result, Math.max(layer.maxPoint, result.maxPoint));
        }
        return result;
      }
    };
    RangeSet.empty = /* @__PURE__ */ new RangeSet([], [], null, -1);
    RangeSet.empty.nextLayer = RangeSet.empty;
    RangeSetBuilder = class _RangeSetBuilder {
      finishChunk(newArrays) {
        this.chunks.push(new Chunk(this.from, this.to, this.value, this.maxPoint));
        this.chunkPos.push(this.chunkStart);
        this.chunkStart = -1;
        this.setMaxPoint = Math.max(this.setMaxPoint, this.maxPoint);
        this.maxPoint = -1;
        if (newArrays) {
          this.from = [];
          this.to = [];
          this.value = [];
        }
      }
      /**
      Create an empty builder.
      */
      constructor() {
        this.chunks = [];
        this.chunkPos = [];
        this.chunkStart = -1;
        this.last = null;
        this.lastFrom = -1e9;
        this.lastTo = -1e9;
        this.from = [];
        this.to = [];
        this.value = [];
        this.maxPoint = -1;
        this.setMaxPoint = -1;
        this.nextLayer = null;
      }
      /**
      Add a range. Ranges should be added in sorted (by `from` and
      `value.startSide`) order.
      */
      add(from, to, value) {
        this.addRange(from, to, value, true);
      }
      /**
      @internal
      */
      addRange(from, to, value, strict) {
        if (!this.addInner(from, to, value, strict))
          (this.nextLayer || (this.nextLayer = new _RangeSetBuilder())).addRange(from, to, value, strict);
      }
      /**
      @internal
      */
      addInner(from, to, value, strict) {
        let diff = from - this.lastTo || value.startSide - this.last.endSide;
        if (strict && diff <= 0 && (from - this.lastFrom || value.startSide - this.last.startSide) < 0)
          throw new Error("Ranges must be added sorted by `from` position and `startSide`");
        if (diff < 0)
          return false;
        if (this.from.length == 250)
          this.finishChunk(true);
        if (this.chunkStart < 0)
          this.chunkStart = from;
        this.from.push(from - this.chunkStart);
        this.to.push(to - this.chunkStart);
        this.last = value;
        this.lastFrom = from;
        this.lastTo = to;
        this.value.push(value);
        if (value.point)
          this.maxPoint = Math.max(this.maxPoint, to - from);
        return true;
      }
      /**
      @internal
      */
      addChunk(from, chunk) {
        if ((from - this.lastTo || chunk.value[0].startSide - this.last.endSide) < 0)
          return false;
        if (this.from.length)
          this.finishChunk(true);
        this.setMaxPoint = Math.max(this.setMaxPoint, chunk.maxPoint);
        this.chunks.push(chunk);
        this.chunkPos.push(from);
        let last2 = chunk.value.length - 1;
        this.last = chunk.value[last2];
        this.lastFrom = chunk.from[last2] + from;
        this.lastTo = chunk.to[last2] + from;
        return true;
      }
      /**
      Finish the range set. Returns the new set. The builder can't be
      used anymore after this has been called.
      */
      finish() {
        return this.finishInner(RangeSet.empty);
      }
      /**
      @internal
      */
      finishInner(next) {
        if (this.from.length)
          this.finishChunk(false);
        if (this.chunks.length == 0)
          return next;
        let result = RangeSet.create(this.chunkPos, this.chunks, this.nextLayer ? this.nextLayer.finishInner(next) : next, this.setMaxPoint);
        this.from = null;
        return result;
      }
    };
    LayerCursor = class {
      constructor(layer, skip, minPoint, rank = 0) {
        this.layer = layer;
        this.skip = skip;
        this.minPoint = minPoint;
        this.rank = rank;
      }
      get startSide() {
        return this.value ? this.value.startSide : 0;
      }
      get endSide() {
        return this.value ? this.value.endSide : 0;
      }
      goto(pos, side = -1e9) {
        this.chunkIndex = this.rangeIndex = 0;
        this.gotoInner(pos, side, false);
        return this;
      }
      gotoInner(pos, side, forward) {
        while (this.chunkIndex < this.layer.chunk.length) {
          let next = this.layer.chunk[this.chunkIndex];
          if (!(this.skip && this.skip.has(next) || this.layer.chunkEnd(this.chunkIndex) < pos || next.maxPoint < this.minPoint))
            break;
          this.chunkIndex++;
          forward = false;
        }
        if (this.chunkIndex < this.layer.chunk.length) {
          let rangeIndex = this.layer.chunk[this.chunkIndex].findIndex(pos - this.layer.chunkPos[this.chunkIndex], side, true);
          if (!forward || this.rangeIndex < rangeIndex)
            this.setRangeIndex(rangeIndex);
        }
        this.next();
      }
      forward(pos, side) {
        if ((this.to - pos || this.endSide - side) < 0)
          this.gotoInner(pos, side, true);
      }
      next() {
        for (; ; ) {
          if (this.chunkIndex == this.layer.chunk.length) {
            this.from = this.to = 1e9;
            this.value = null;
            break;
          } else {
            let chunkPos = this.layer.chunkPos[this.chunkIndex], chunk = this.layer.chunk[this.chunkIndex];
            let from = chunkPos + chunk.from[this.rangeIndex];
            this.from = from;
            this.to = chunkPos + chunk.to[this.rangeIndex];
            this.value = chunk.value[this.rangeIndex];
            this.setRangeIndex(this.rangeIndex + 1);
            if (this.minPoint < 0 || this.value.point && this.to - this.from >= this.minPoint)
              break;
          }
        }
      }
      setRangeIndex(index) {
        if (index == this.layer.chunk[this.chunkIndex].value.length) {
          this.chunkIndex++;
          if (this.skip) {
            while (this.chunkIndex < this.layer.chunk.length && this.skip.has(this.layer.chunk[this.chunkIndex]))
              this.chunkIndex++;
          }
          this.rangeIndex = 0;
        } else {
          this.rangeIndex = index;
        }
      }
      nextChunk() {
        this.chunkIndex++;
        this.rangeIndex = 0;
        this.next();
      }
      compare(other) {
        return this.from - other.from || this.startSide - other.startSide || this.rank - other.rank || this.to - other.to || this.endSide - other.endSide;
      }
    };
    HeapCursor = class _HeapCursor {
      constructor(heap) {
        this.heap = heap;
      }
      static from(sets, skip = null, minPoint = -1) {
        let heap = [];
        for (let i2 = 0; i2 < sets.length; i2++) {
          for (let cur = sets[i2]; !cur.isEmpty; cur = cur.nextLayer) {
            if (cur.maxPoint >= minPoint)
              heap.push(new LayerCursor(cur, skip, minPoint, i2));
          }
        }
        return heap.length == 1 ? heap[0] : new _HeapCursor(heap);
      }
      get startSide() {
        return this.value ? this.value.startSide : 0;
      }
      goto(pos, side = -1e9) {
        for (let cur of this.heap)
          cur.goto(pos, side);
        for (let i2 = this.heap.length >> 1; i2 >= 0; i2--)
          heapBubble(this.heap, i2);
        this.next();
        return this;
      }
      forward(pos, side) {
        for (let cur of this.heap)
          cur.forward(pos, side);
        for (let i2 = this.heap.length >> 1; i2 >= 0; i2--)
          heapBubble(this.heap, i2);
        if ((this.to - pos || this.value.endSide - side) < 0)
          this.next();
      }
      next() {
        if (this.heap.length == 0) {
          this.from = this.to = 1e9;
          this.value = null;
          this.rank = -1;
        } else {
          let top2 = this.heap[0];
          this.from = top2.from;
          this.to = top2.to;
          this.value = top2.value;
          this.rank = top2.rank;
          if (top2.value)
            top2.next();
          heapBubble(this.heap, 0);
        }
      }
    };
    SpanCursor = class {
      constructor(sets, skip, minPoint) {
        this.minPoint = minPoint;
        this.active = [];
        this.activeTo = [];
        this.activeRank = [];
        this.minActive = -1;
        this.point = null;
        this.pointFrom = 0;
        this.pointRank = 0;
        this.to = -1e9;
        this.endSide = 0;
        this.openStart = -1;
        this.cursor = HeapCursor.from(sets, skip, minPoint);
      }
      goto(pos, side = -1e9) {
        this.cursor.goto(pos, side);
        this.active.length = this.activeTo.length = this.activeRank.length = 0;
        this.minActive = -1;
        this.to = pos;
        this.endSide = side;
        this.openStart = -1;
        this.next();
        return this;
      }
      forward(pos, side) {
        while (this.minActive > -1 && (this.activeTo[this.minActive] - pos || this.active[this.minActive].endSide - side) < 0)
          this.removeActive(this.minActive);
        this.cursor.forward(pos, side);
      }
      removeActive(index) {
        remove(this.active, index);
        remove(this.activeTo, index);
        remove(this.activeRank, index);
        this.minActive = findMinIndex(this.active, this.activeTo);
      }
      addActive(trackOpen) {
        let i2 = 0, { value, to, rank } = this.cursor;
        while (i2 < this.activeRank.length && (rank - this.activeRank[i2] || to - this.activeTo[i2]) > 0)
          i2++;
        insert(this.active, i2, value);
        insert(this.activeTo, i2, to);
        insert(this.activeRank, i2, rank);
        if (trackOpen)
          insert(trackOpen, i2, this.cursor.from);
        this.minActive = findMinIndex(this.active, this.activeTo);
      }
      // After calling this, if `this.point` != null, the next range is a
      // point. Otherwise, it's a regular range, covered by `this.active`.
      next() {
        let from = this.to, wasPoint = this.point;
        this.point = null;
        let trackOpen = this.openStart < 0 ? [] : null;
        for (; ; ) {
          let a = this.minActive;
          if (a > -1 && (this.activeTo[a] - this.cursor.from || this.active[a].endSide - this.cursor.startSide) < 0) {
            if (this.activeTo[a] > from) {
              this.to = this.activeTo[a];
              this.endSide = this.active[a].endSide;
              break;
            }
            this.removeActive(a);
            if (trackOpen)
              remove(trackOpen, a);
          } else if (!this.cursor.value) {
            this.to = this.endSide = 1e9;
            break;
          } else if (this.cursor.from > from) {
            this.to = this.cursor.from;
            this.endSide = this.cursor.startSide;
            break;
          } else {
            let nextVal = this.cursor.value;
            if (!nextVal.point) {
              this.addActive(trackOpen);
              this.cursor.next();
            } else if (wasPoint && this.cursor.to == this.to && this.cursor.from < this.cursor.to) {
              this.cursor.next();
            } else {
              this.point = nextVal;
              this.pointFrom = this.cursor.from;
              this.pointRank = this.cursor.rank;
              this.to = this.cursor.to;
              this.endSide = nextVal.endSide;
              this.cursor.next();
              this.forward(this.to, this.endSide);
              break;
            }
          }
        }
        if (trackOpen) {
          this.openStart = 0;
          for (let i2 = trackOpen.length - 1; i2 >= 0 && trackOpen[i2] < from; i2--)
            this.openStart++;
        }
      }
      activeForPoint(to) {
        if (!this.active.length)
          return this.active;
        let active2 = [];
        for (let i2 = this.active.length - 1; i2 >= 0; i2--) {
          if (this.activeRank[i2] < this.pointRank)
            break;
          if (this.activeTo[i2] > to || this.activeTo[i2] == to && this.active[i2].endSide >= this.point.endSide)
            active2.push(this.active[i2]);
        }
        return active2.reverse();
      }
      openEnd(to) {
        let open = 0;
        for (let i2 = this.activeTo.length - 1; i2 >= 0 && this.activeTo[i2] > to; i2--)
          open++;
        return open;
      }
    };
  }
});

// node_modules/style-mod/src/style-mod.js
function splitSelector(selector) {
  if (/^@/.test(selector)) return [selector];
  let result = [], depth = 0, inStr = null, lastNonSpace = 0, cut = 0;
  for (let i2 = 0; i2 < selector.length; i2++) {
    let next = selector[i2];
    if (next == "\\") {
      i2++;
    } else if (next == '"' || next == "'") {
      if (next == inStr) inStr = false;
      else if (!inStr) inStr = next;
    } else if ((next == "[" || next == "(") && !inStr) {
      depth++;
    } else if ((next == "]" || next == ")") && !inStr) {
      depth--;
    } else if (next == "," && !depth && !inStr) {
      result.push(selector.slice(cut, lastNonSpace));
      cut = i2 + 1;
    }
    if (/\S/.test(next)) lastNonSpace = i2 + 1;
    else if (i2 == cut) cut++;
  }
  result.push(selector.slice(cut, lastNonSpace));
  return result;
}
var C, COUNT, SET, top, StyleModule, adoptedSet, StyleSet;
var init_style_mod = __esm({
  "node_modules/style-mod/src/style-mod.js"() {
    C = "ͼ";
    COUNT = typeof Symbol == "undefined" ? "__" + C : Symbol.for(C);
    SET = typeof Symbol == "undefined" ? "__styleSet" + Math.floor(Math.random() * 1e8) : /* @__PURE__ */ Symbol("styleSet");
    top = typeof globalThis != "undefined" ? globalThis : typeof window != "undefined" ? window : {};
    StyleModule = class {
      // :: (Object<Style>, ?{finish: ?(string) → string})
      // Create a style module from the given spec.
      //
      // When `finish` is given, it is called on regular (non-`@`)
      // selectors (after `&` expansion) to compute the final selector.
      constructor(spec, options) {
        this.rules = [];
        let { finish } = options || {};
        function render2(selectors, spec2, target, isKeyframes) {
          let local = [], isAt = /^@(\w+)\b/.exec(selectors[0]), keyframes = isAt && isAt[1] == "keyframes";
          if (isAt && spec2 == null) return target.push(selectors[0] + ";");
          for (let prop in spec2) {
            let value = spec2[prop];
            if (/&/.test(prop)) {
              render2(
                prop.split(/,\s*/).map((part) => selectors.map((sel) => part.replace(/&/, sel))).reduce((a, b) => a.concat(b)),
                value,
                target
              );
            } else if (value && typeof value == "object") {
              if (!isAt) throw new RangeError("The value of a property (" + prop + ") should be a primitive value.");
              render2(splitSelector(prop), value, local, keyframes);
            } else if (value != null) {
              if (!/^--/.test(prop)) prop = prop.replace(/_.*/, "").replace(/[A-Z]/g, (l) => "-" + l.toLowerCase());
              local.push(prop + ": " + value + ";");
            }
          }
          if (local.length || keyframes) {
            target.push((finish && !isAt && !isKeyframes ? selectors.map(finish) : selectors).join(", ") + " {" + local.join(" ") + "}");
          }
        }
        for (let prop in spec) render2(splitSelector(prop), spec[prop], this.rules);
      }
      // :: () → string
      // Returns a string containing the module's CSS rules.
      getRules() {
        return this.rules.join("\n");
      }
      // :: () → string
      // Generate a new unique CSS class name.
      static newName() {
        let id2 = top[COUNT] || 1;
        top[COUNT] = id2 + 1;
        return C + id2.toString(36);
      }
      // :: (union<Document, ShadowRoot>, union<[StyleModule], StyleModule>, ?{nonce: ?string})
      //
      // Mount the given set of modules in the given DOM root, which ensures
      // that the CSS rules defined by the module are available in that
      // context.
      //
      // Rules are only added to the document once per root.
      //
      // Rule order will follow the order of the modules, so that rules from
      // modules later in the array take precedence of those from earlier
      // modules. If you call this function multiple times for the same root
      // in a way that changes the order of already mounted modules, the old
      // order will be changed.
      //
      // If a Content Security Policy nonce is provided, it is added to
      // the `<style>` tag generated by the library.
      static mount(root, modules, options) {
        let set = root[SET], nonce = options && options.nonce;
        if (!set) set = new StyleSet(root, nonce);
        else if (nonce) set.setNonce(nonce);
        set.mount(Array.isArray(modules) ? modules : [modules], root);
      }
    };
    adoptedSet = /* @__PURE__ */ new Map();
    StyleSet = class {
      constructor(root, nonce) {
        let doc2 = root.ownerDocument || root, win = doc2.defaultView;
        if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {
          let adopted = adoptedSet.get(doc2);
          if (adopted) return root[SET] = adopted;
          this.sheet = new win.CSSStyleSheet();
          adoptedSet.set(doc2, this);
        } else {
          this.styleTag = doc2.createElement("style");
          if (nonce) this.styleTag.setAttribute("nonce", nonce);
        }
        this.modules = [];
        root[SET] = this;
      }
      mount(modules, root) {
        let sheet = this.sheet;
        let pos = 0, j = 0;
        let changed = false;
        for (let i2 = 0; i2 < modules.length; i2++) {
          let mod = modules[i2], index = this.modules.indexOf(mod);
          if (index < j && index > -1) {
            this.modules.splice(index, 1);
            changed = true;
            j--;
            index = -1;
          }
          if (index == -1) {
            this.modules.splice(j++, 0, mod);
            changed = true;
            if (sheet) for (let k = 0; k < mod.rules.length; k++)
              sheet.insertRule(mod.rules[k], pos++);
          } else {
            while (j < index) pos += this.modules[j++].rules.length;
            pos += mod.rules.length;
            j++;
          }
        }
        if (sheet) {
          if (root.adoptedStyleSheets.indexOf(this.sheet) < 0)
            root.adoptedStyleSheets = [this.sheet, ...root.adoptedStyleSheets];
        } else {
          if (changed) {
            let text = "";
            for (let i2 = 0; i2 < this.modules.length; i2++)
              text += this.modules[i2].getRules() + "\n";
            this.styleTag.textContent = text;
          }
          let target = root.head || root;
          if (this.styleTag.parentNode != target)
            target.insertBefore(this.styleTag, target.firstChild);
        }
      }
      setNonce(nonce) {
        if (this.styleTag && this.styleTag.getAttribute("nonce") != nonce)
          this.styleTag.setAttribute("nonce", nonce);
      }
    };
  }
});

// node_modules/w3c-keyname/index.js
function keyName(event) {
  var ignoreKey = mac && event.metaKey && event.shiftKey && !event.ctrlKey && !event.altKey || ie && event.shiftKey && event.key && event.key.length == 1 || event.key == "Unidentified";
  var name2 = !ignoreKey && event.key || (event.shiftKey ? shift : base)[event.keyCode] || event.key || "Unidentified";
  if (name2 == "Esc") name2 = "Escape";
  if (name2 == "Del") name2 = "Delete";
  if (name2 == "Left") name2 = "ArrowLeft";
  if (name2 == "Up") name2 = "ArrowUp";
  if (name2 == "Right") name2 = "ArrowRight";
  if (name2 == "Down") name2 = "ArrowDown";
  return name2;
}
var base, shift, mac, ie, i, i, i, code;
var init_w3c_keyname = __esm({
  "node_modules/w3c-keyname/index.js"() {
    base = {
      8: "Backspace",
      9: "Tab",
      10: "Enter",
      12: "NumLock",
      13: "Enter",
      16: "Shift",
      17: "Control",
      18: "Alt",
      20: "CapsLock",
      27: "Escape",
      32: " ",
      33: "PageUp",
      34: "PageDown",
      35: "End",
      36: "Home",
      37: "ArrowLeft",
      38: "ArrowUp",
      39: "ArrowRight",
      40: "ArrowDown",
      44: "PrintScreen",
      45: "Insert",
      46: "Delete",
      59: ";",
      61: "=",
      91: "Meta",
      92: "Meta",
      106: "*",
      107: "+",
      108: ",",
      109: "-",
      110: ".",
      111: "/",
      144: "NumLock",
      145: "ScrollLock",
      160: "Shift",
      161: "Shift",
      162: "Control",
      163: "Control",
      164: "Alt",
      165: "Alt",
      173: "-",
      186: ";",
      187: "=",
      188: ",",
      189: "-",
      190: ".",
      191: "/",
      192: "`",
      219: "[",
      220: "\\",
      221: "]",
      222: "'"
    };
    shift = {
      48: ")",
      49: "!",
      50: "@",
      51: "#",
      52: "$",
      53: "%",
      54: "^",
      55: "&",
      56: "*",
      57: "(",
      59: ":",
      61: "+",
      173: "_",
      186: ":",
      187: "+",
      188: "<",
      189: "_",
      190: ">",
      191: "?",
      192: "~",
      219: "{",
      220: "|",
      221: "}",
      222: '"'
    };
    mac = typeof navigator != "undefined" && /Mac/.test(navigator.platform);
    ie = typeof navigator != "undefined" && /MSIE \d|Trident\/(?:[7-9]|\d{2,})\..*rv:(\d+)/.exec(navigator.userAgent);
    for (i = 0; i < 10; i++) base[48 + i] = base[96 + i] = String(i);
    for (i = 1; i <= 24; i++) base[i + 111] = "F" + i;
    for (i = 65; i <= 90; i++) {
      base[i] = String.fromCharCode(i + 32);
      shift[i] = String.fromCharCode(i);
    }
    for (code in base) if (!shift.hasOwnProperty(code)) shift[code] = base[code];
  }
});

// node_modules/crelt/index.js
var init_crelt = __esm({
  "node_modules/crelt/index.js"() {
  }
});

// node_modules/@codemirror/view/dist/index.js
function combineAttrs(source, target) {
  for (let name2 in source) {
    if (name2 == "class" && target.class)
      target.class += " " + source.class;
    else if (name2 == "style" && target.style)
      target.style += ";" + source.style;
    else
      target[name2] = source[name2];
  }
  return target;
}
function attrsEq(a, b, ignore) {
  if (a == b)
    return true;
  if (!a)
    a = noAttrs;
  if (!b)
    b = noAttrs;
  let keysA = Object.keys(a), keysB = Object.keys(b);
  if (keysA.length - 0 != keysB.length - 0)
    return false;
  for (let key of keysA) {
    if (key != ignore && (keysB.indexOf(key) == -1 || a[key] !== b[key]))
      return false;
  }
  return true;
}
function setAttrs(dom, attrs) {
  for (let i2 = dom.attributes.length - 1; i2 >= 0; i2--) {
    let name2 = dom.attributes[i2].name;
    if (attrs[name2] == null)
      dom.removeAttribute(name2);
  }
  for (let name2 in attrs) {
    let value = attrs[name2];
    if (name2 == "style")
      dom.style.cssText = value;
    else if (dom.getAttribute(name2) != value)
      dom.setAttribute(name2, value);
  }
}
function updateAttrs(dom, prev, attrs) {
  let changed = false;
  if (prev) {
    for (let name2 in prev)
      if (!(attrs && name2 in attrs)) {
        changed = true;
        if (name2 == "style")
          dom.style.cssText = "";
        else
          dom.removeAttribute(name2);
      }
  }
  if (attrs) {
    for (let name2 in attrs)
      if (!(prev && prev[name2] == attrs[name2])) {
        changed = true;
        if (name2 == "style")
          dom.style.cssText = attrs[name2];
        else
          dom.setAttribute(name2, attrs[name2]);
      }
  }
  return changed;
}
function getAttrs(dom) {
  let attrs = /* @__PURE__ */ Object.create(null);
  for (let i2 = 0; i2 < dom.attributes.length; i2++) {
    let attr = dom.attributes[i2];
    attrs[attr.name] = attr.value;
  }
  return attrs;
}
function getInclusive(spec, block2 = false) {
  let { inclusiveStart: start, inclusiveEnd: end } = spec;
  if (start == null)
    start = spec.inclusive;
  if (end == null)
    end = spec.inclusive;
  return { start: start !== null && start !== void 0 ? start : block2, end: end !== null && end !== void 0 ? end : block2 };
}
function widgetsEq(a, b) {
  return a == b || !!(a && b && a.compare(b));
}
function addRange(from, to, ranges, margin = 0) {
  let last2 = ranges.length - 1;
  if (last2 >= 0 && ranges[last2] + margin >= from)
    ranges[last2] = Math.max(ranges[last2], to);
  else
    ranges.push(from, to);
}
function getSelection(root) {
  let target;
  if (root.nodeType == 11) {
    target = root.getSelection ? root : root.ownerDocument;
  } else {
    target = root;
  }
  return target.getSelection();
}
function contains(dom, node) {
  return node ? dom == node || dom.contains(node.nodeType != 1 ? node.parentNode : node) : false;
}
function hasSelection(dom, selection) {
  if (!selection.anchorNode)
    return false;
  try {
    return contains(dom, selection.anchorNode);
  } catch (_) {
    return false;
  }
}
function clientRectsFor(dom) {
  if (isText(dom))
    return textRange(dom, 0, dom.nodeValue.length).getClientRects();
  else if (isElt(dom))
    return dom.getClientRects();
  else
    return [];
}
function isEquivalentPosition(node, off, targetNode, targetOff) {
  return targetNode ? scanFor(node, off, targetNode, targetOff, -1) || scanFor(node, off, targetNode, targetOff, 1) : false;
}
function domIndex(node) {
  for (var index = 0; ; index++) {
    node = node.previousSibling;
    if (!node)
      return index;
  }
}
function isBlockElement(node) {
  return isElt(node) && /^(DIV|P|LI|UL|OL|BLOCKQUOTE|DD|DT|H\d|SECTION|PRE)$/.test(node.nodeName);
}
function scanFor(node, off, targetNode, targetOff, dir) {
  for (; ; ) {
    if (node == targetNode && off == targetOff)
      return true;
    if (off == (dir < 0 ? 0 : maxOffset(node))) {
      if (node.nodeName == "DIV")
        return false;
      let parent2 = node.parentNode;
      if (!parent2 || !isElt(parent2))
        return false;
      off = domIndex(node) + (dir < 0 ? 0 : 1);
      node = parent2;
    } else if (isElt(node)) {
      node = node.childNodes[off + (dir < 0 ? -1 : 0)];
      if (isElt(node) && (node.nodeName == "IMG" || node.nodeName == "BR" || node.contentEditable == "false"))
        return false;
      off = dir < 0 ? maxOffset(node) : 0;
    } else {
      return false;
    }
  }
}
function maxOffset(node) {
  return isText(node) ? node.nodeValue.length : node.childNodes.length;
}
function flattenRect(rect, toLeft) {
  let { left, right } = rect;
  if (left == right)
    return rect;
  let x = toLeft ? left : right;
  return { left: x, right: x, top: rect.top, bottom: rect.bottom };
}
function clipMargins(rect, margins) {
  let { left, right, top: top2, bottom } = rect;
  for (let margin of margins) {
    if (margin.left != null)
      left = Math.max(left, margin.left);
    if (margin.right != null)
      right = Math.min(right, margin.right);
    if (margin.top != null)
      top2 = Math.max(top2, margin.top);
    if (margin.bottom != null)
      bottom = Math.min(bottom, margin.bottom);
  }
  return { left, right, top: top2, bottom };
}
function windowRect(win) {
  let vp = win.visualViewport;
  if (vp)
    return {
      left: 0,
      right: vp.width,
      top: 0,
      bottom: vp.height
    };
  return {
    left: 0,
    right: win.innerWidth,
    top: 0,
    bottom: win.innerHeight
  };
}
function getScale(elt, rect) {
  let scaleX = rect.width / elt.offsetWidth;
  let scaleY = rect.height / elt.offsetHeight;
  if (scaleX > 0.995 && scaleX < 1.005 || !isFinite(scaleX) || Math.abs(rect.width - elt.offsetWidth) < 1)
    scaleX = 1;
  if (scaleY > 0.995 && scaleY < 1.005 || !isFinite(scaleY) || Math.abs(rect.height - elt.offsetHeight) < 1)
    scaleY = 1;
  return { scaleX, scaleY };
}
function scrollRectIntoView(dom, rect, margins, side, x, y, xMargin, yMargin, ltr) {
  let doc2 = dom.ownerDocument, win = doc2.defaultView || window;
  for (let cur = dom, stop = false; cur && !stop; ) {
    if (isElt(cur)) {
      let bounding, top2 = cur == doc2.body;
      let scaleX = 1, scaleY = 1, xScroll = true, yScroll = true;
      if (top2) {
        bounding = windowRect(win);
      } else {
        let style = getComputedStyle(cur);
        if (/^(fixed|sticky)$/.test(style.position))
          stop = true;
        if (cur.scrollHeight <= cur.clientHeight || !/auto|scroll/.test(style.overflowY))
          yScroll = false;
        if (cur.scrollWidth <= cur.clientWidth || !/auto|scroll/.test(style.overflowX))
          xScroll = false;
        if (!xScroll && !yScroll) {
          cur = cur.assignedSlot || cur.parentNode;
          continue;
        }
        let eltRect = cur.getBoundingClientRect();
        ({ scaleX, scaleY } = getScale(cur, eltRect));
        bounding = {
          left: eltRect.left,
          right: eltRect.left + cur.clientWidth * scaleX,
          top: eltRect.top,
          bottom: eltRect.top + cur.clientHeight * scaleY
        };
      }
      let clip2 = clipMargins(bounding, margins);
      let moveX = 0, moveY = 0;
      if (!yScroll) ;
      else if (y == "nearest") {
        if (rect.top < clip2.top + yMargin) {
          moveY = rect.top - (clip2.top + yMargin);
          if (side > 0 && rect.bottom > clip2.bottom + moveY)
            moveY = rect.bottom - clip2.bottom + yMargin;
        } else if (rect.bottom > clip2.bottom - yMargin) {
          moveY = rect.bottom - clip2.bottom + yMargin;
          if (side < 0 && rect.top - moveY < clip2.top)
            moveY = rect.top - (clip2.top + yMargin);
        }
      } else {
        let rectHeight = rect.bottom - rect.top, boundingHeight = clip2.bottom - clip2.top;
        let targetTop = y == "center" && rectHeight <= boundingHeight ? rect.top + rectHeight / 2 - boundingHeight / 2 : y == "start" || y == "center" && side < 0 ? rect.top - yMargin : rect.bottom - boundingHeight + yMargin;
        moveY = targetTop - clip2.top;
      }
      if (!xScroll) ;
      else if (x == "nearest") {
        if (rect.left < clip2.left + xMargin) {
          moveX = rect.left - (clip2.left + xMargin);
          if (side > 0 && rect.right > clip2.right + moveX)
            moveX = rect.right - clip2.right + xMargin;
        } else if (rect.right > clip2.right - xMargin) {
          moveX = rect.right - clip2.right + xMargin;
          if (side < 0 && rect.left < clip2.left + moveX)
            moveX = rect.left - (clip2.left + xMargin);
        }
      } else {
        let targetLeft = x == "center" ? rect.left + (rect.right - rect.left) / 2 - (clip2.right - clip2.left) / 2 : x == "start" == ltr ? rect.left - xMargin : rect.right - (clip2.right - clip2.left) + xMargin;
        moveX = targetLeft - clip2.left;
      }
      if (moveX || moveY) {
        if (top2) {
          win.scrollBy(moveX, moveY);
        } else {
          let movedX = 0, movedY = 0;
          if (moveY) {
            let start = cur.scrollTop;
            cur.scrollTop += moveY / scaleY;
            movedY = (cur.scrollTop - start) * scaleY;
          }
          if (moveX) {
            let start = cur.scrollLeft;
            cur.scrollLeft += moveX / scaleX;
            movedX = (cur.scrollLeft - start) * scaleX;
          }
          rect = {
            left: rect.left - movedX,
            top: rect.top - movedY,
            right: rect.right - movedX,
            bottom: rect.bottom - movedY
          };
          if (movedX && Math.abs(movedX - moveX) < 1)
            x = "nearest";
          if (movedY && Math.abs(movedY - moveY) < 1)
            y = "nearest";
        }
      }
      if (top2)
        break;
      if (rect.top < bounding.top || rect.bottom > bounding.bottom || rect.left < bounding.left || rect.right > bounding.right)
        rect = {
          left: Math.max(rect.left, bounding.left),
          right: Math.min(rect.right, bounding.right),
          top: Math.max(rect.top, bounding.top),
          bottom: Math.min(rect.bottom, bounding.bottom)
        };
      margins = margins.filter((m) => !cur.contains(m.elt));
      cur = cur.assignedSlot || cur.parentNode;
    } else if (cur.nodeType == 11) {
      cur = cur.host;
    } else {
      break;
    }
  }
}
function scrollableParents(dom, getX = true) {
  let doc2 = dom.ownerDocument, x = null, y = null;
  for (let cur = dom.parentNode; cur; ) {
    if (cur == doc2.body || (!getX || x) && y) {
      break;
    } else if (isElt(cur)) {
      if (!y && cur.scrollHeight > cur.clientHeight && /scroll|auto/.test(getComputedStyle(cur).overflowY))
        y = cur;
      if (getX && !x && cur.scrollWidth > cur.clientWidth && /scroll|auto/.test(getComputedStyle(cur).overflowX))
        x = cur;
      cur = cur.assignedSlot || cur.parentNode;
    } else if (cur.nodeType == 11) {
      cur = cur.host;
    } else {
      break;
    }
  }
  return { x, y };
}
function getScrollStack(target) {
  let stack = [];
  for (let cur = target; cur; cur = cur.nodeType == 11 ? cur.host : cur.parentNode) {
    if (isElt(cur))
      stack.push({ node: cur, left: cur.scrollLeft, top: cur.scrollTop });
  }
  return stack;
}
function restoreScrollStack(stack, vert = true) {
  for (let { node, left, top: top2 } of stack) {
    if (vert && node.scrollTop != top2)
      node.scrollTop = top2;
    if (node.scrollLeft != left)
      node.scrollLeft = left;
  }
}
function focusPreventScroll(dom) {
  if (dom.setActive)
    return dom.setActive();
  if (preventScrollSupported)
    return dom.focus(preventScrollSupported);
  let stack = getScrollStack(dom);
  dom.focus(preventScrollSupported == null ? {
    get preventScroll() {
      preventScrollSupported = { preventScroll: true };
      return true;
    }
  } : void 0);
  if (!preventScrollSupported) {
    preventScrollSupported = false;
    restoreScrollStack(stack);
  }
}
function textRange(node, from, to = from) {
  let range = scratchRange || (scratchRange = document.createRange());
  range.setEnd(node, to);
  range.setStart(node, from);
  return range;
}
function dispatchKey(elt, name2, code3, mods) {
  let options = { key: name2, code: name2, keyCode: code3, which: code3, cancelable: true };
  if (mods)
    ({ altKey: options.altKey, ctrlKey: options.ctrlKey, shiftKey: options.shiftKey, metaKey: options.metaKey } = mods);
  let down = new KeyboardEvent("keydown", options);
  down.synthetic = true;
  elt.dispatchEvent(down);
  let up = new KeyboardEvent("keyup", options);
  up.synthetic = true;
  elt.dispatchEvent(up);
  return down.defaultPrevented || up.defaultPrevented;
}
function getRoot(node) {
  while (node) {
    if (node && (node.nodeType == 9 || node.nodeType == 11 && node.host))
      return node;
    node = node.assignedSlot || node.parentNode;
  }
  return null;
}
function atElementStart(doc2, selection) {
  let node = selection.focusNode, offset = selection.focusOffset;
  if (!node || selection.anchorNode != node || selection.anchorOffset != offset)
    return false;
  offset = Math.min(offset, maxOffset(node));
  for (; ; ) {
    if (offset) {
      if (!isElt(node))
        return false;
      let prev = node.childNodes[offset - 1];
      if (prev.contentEditable == "false")
        offset--;
      else {
        node = prev;
        offset = maxOffset(node);
      }
    } else if (node == doc2) {
      return true;
    } else {
      offset = domIndex(node);
      node = node.parentNode;
    }
  }
}
function isScrolledToBottom(elt) {
  if (elt instanceof Window)
    return elt.pageYOffset > Math.max(0, elt.document.documentElement.scrollHeight - elt.innerHeight - 4);
  return elt.scrollTop > Math.max(1, elt.scrollHeight - elt.clientHeight - 4);
}
function textNodeBefore(startNode, startOffset) {
  for (let node = startNode, offset = startOffset; ; ) {
    if (isText(node) && offset > 0) {
      return { node, offset };
    } else if (isElt(node) && offset > 0) {
      if (node.contentEditable == "false")
        return null;
      node = node.childNodes[offset - 1];
      offset = maxOffset(node);
    } else if (node.parentNode && !isBlockElement(node)) {
      offset = domIndex(node);
      node = node.parentNode;
    } else {
      return null;
    }
  }
}
function textNodeAfter(startNode, startOffset) {
  for (let node = startNode, offset = startOffset; ; ) {
    if (isText(node) && offset < node.nodeValue.length) {
      return { node, offset };
    } else if (isElt(node) && offset < node.childNodes.length) {
      if (node.contentEditable == "false")
        return null;
      node = node.childNodes[offset];
      offset = 0;
    } else if (node.parentNode && !isBlockElement(node)) {
      offset = domIndex(node) + 1;
      node = node.parentNode;
    } else {
      return null;
    }
  }
}
function dec(str) {
  let result = [];
  for (let i2 = 0; i2 < str.length; i2++)
    result.push(1 << +str[i2]);
  return result;
}
function charType(ch) {
  return ch <= 247 ? LowTypes[ch] : 1424 <= ch && ch <= 1524 ? 2 : 1536 <= ch && ch <= 1785 ? ArabicTypes[ch - 1536] : 1774 <= ch && ch <= 2220 ? 4 : 8192 <= ch && ch <= 8204 ? 256 : 64336 <= ch && ch <= 65023 ? 4 : 1;
}
function isolatesEq(a, b) {
  if (a.length != b.length)
    return false;
  for (let i2 = 0; i2 < a.length; i2++) {
    let iA = a[i2], iB = b[i2];
    if (iA.from != iB.from || iA.to != iB.to || iA.direction != iB.direction || !isolatesEq(iA.inner, iB.inner))
      return false;
  }
  return true;
}
function computeCharTypes(line, rFrom, rTo, isolates, outerType) {
  for (let iI = 0; iI <= isolates.length; iI++) {
    let from = iI ? isolates[iI - 1].to : rFrom, to = iI < isolates.length ? isolates[iI].from : rTo;
    let prevType = iI ? 256 : outerType;
    for (let i2 = from, prev = prevType, prevStrong = prevType; i2 < to; i2++) {
      let type = charType(line.charCodeAt(i2));
      if (type == 512)
        type = prev;
      else if (type == 8 && prevStrong == 4)
        type = 16;
      types[i2] = type == 4 ? 2 : type;
      if (type & 7)
        prevStrong = type;
      prev = type;
    }
    for (let i2 = from, prev = prevType, prevStrong = prevType; i2 < to; i2++) {
      let type = types[i2];
      if (type == 128) {
        if (i2 < to - 1 && prev == types[i2 + 1] && prev & 24)
          type = types[i2] = prev;
        else
          types[i2] = 256;
      } else if (type == 64) {
        let end = i2 + 1;
        while (end < to && types[end] == 64)
          end++;
        let replace2 = i2 && prev == 8 || end < rTo && types[end] == 8 ? prevStrong == 1 ? 1 : 8 : 256;
        for (let j = i2; j < end; j++)
          types[j] = replace2;
        i2 = end - 1;
      } else if (type == 8 && prevStrong == 1) {
        types[i2] = 1;
      }
      prev = type;
      if (type & 7)
        prevStrong = type;
    }
  }
}
function processBracketPairs(line, rFrom, rTo, isolates, outerType) {
  let oppositeType = outerType == 1 ? 2 : 1;
  for (let iI = 0, sI = 0, context = 0; iI <= isolates.length; iI++) {
    let from = iI ? isolates[iI - 1].to : rFrom, to = iI < isolates.length ? isolates[iI].from : rTo;
    for (let i2 = from, ch, br, type; i2 < to; i2++) {
      if (br = Brackets[ch = line.charCodeAt(i2)]) {
        if (br < 0) {
          for (let sJ = sI - 3; sJ >= 0; sJ -= 3) {
            if (BracketStack[sJ + 1] == -br) {
              let flags = BracketStack[sJ + 2];
              let type2 = flags & 2 ? outerType : !(flags & 4) ? 0 : flags & 1 ? oppositeType : outerType;
              if (type2)
                types[i2] = types[BracketStack[sJ]] = type2;
              sI = sJ;
              break;
            }
          }
        } else if (BracketStack.length == 189) {
          break;
        } else {
          BracketStack[sI++] = i2;
          BracketStack[sI++] = ch;
          BracketStack[sI++] = context;
        }
      } else if ((type = types[i2]) == 2 || type == 1) {
        let embed = type == outerType;
        context = embed ? 0 : 1;
        for (let sJ = sI - 3; sJ >= 0; sJ -= 3) {
          let cur = BracketStack[sJ + 2];
          if (cur & 2)
            break;
          if (embed) {
            BracketStack[sJ + 2] |= 2;
          } else {
            if (cur & 4)
              break;
            BracketStack[sJ + 2] |= 4;
          }
        }
      }
    }
  }
}
function processNeutrals(rFrom, rTo, isolates, outerType) {
  for (let iI = 0, prev = outerType; iI <= isolates.length; iI++) {
    let from = iI ? isolates[iI - 1].to : rFrom, to = iI < isolates.length ? isolates[iI].from : rTo;
    for (let i2 = from; i2 < to; ) {
      let type = types[i2];
      if (type == 256) {
        let end = i2 + 1;
        for (; ; ) {
          if (end == to) {
            if (iI == isolates.length)
              break;
            end = isolates[iI++].to;
            to = iI < isolates.length ? isolates[iI].from : rTo;
          } else if (types[end] == 256) {
            end++;
          } else {
            break;
          }
        }
        let beforeL = prev == 1;
        let afterL = (end < rTo ? types[end] : outerType) == 1;
        let replace2 = beforeL == afterL ? beforeL ? 1 : 2 : outerType;
        for (let j = end, jI = iI, fromJ = jI ? isolates[jI - 1].to : rFrom; j > i2; ) {
          if (j == fromJ) {
            j = isolates[--jI].from;
            fromJ = jI ? isolates[jI - 1].to : rFrom;
          }
          types[--j] = replace2;
        }
        i2 = end;
      } else {
        prev = type;
        i2++;
      }
    }
  }
}
function emitSpans(line, from, to, level, baseLevel, isolates, order) {
  let ourType = level % 2 ? 2 : 1;
  if (level % 2 == baseLevel % 2) {
    for (let iCh = from, iI = 0; iCh < to; ) {
      let sameDir = true, isNum = false;
      if (iI == isolates.length || iCh < isolates[iI].from) {
        let next = types[iCh];
        if (next != ourType) {
          sameDir = false;
          isNum = next == 16;
        }
      }
      let recurse = !sameDir && ourType == 1 ? [] : null;
      let localLevel = sameDir ? level : level + 1;
      let iScan = iCh;
      run: for (; ; ) {
        if (iI < isolates.length && iScan == isolates[iI].from) {
          if (isNum)
            break run;
          let iso = isolates[iI];
          if (!sameDir)
            for (let upto = iso.to, jI = iI + 1; ; ) {
              if (upto == to)
                break run;
              if (jI < isolates.length && isolates[jI].from == upto)
                upto = isolates[jI++].to;
              else if (types[upto] == ourType)
                break run;
              else
                break;
            }
          iI++;
          if (recurse) {
            recurse.push(iso);
          } else {
            if (iso.from > iCh)
              order.push(new BidiSpan(iCh, iso.from, localLevel));
            let dirSwap = iso.direction == LTR != !(localLevel % 2);
            computeSectionOrder(line, dirSwap ? level + 1 : level, baseLevel, iso.inner, iso.from, iso.to, order);
            iCh = iso.to;
          }
          iScan = iso.to;
        } else if (iScan == to || (sameDir ? types[iScan] != ourType : types[iScan] == ourType)) {
          break;
        } else {
          iScan++;
        }
      }
      if (recurse)
        emitSpans(line, iCh, iScan, level + 1, baseLevel, recurse, order);
      else if (iCh < iScan)
        order.push(new BidiSpan(iCh, iScan, localLevel));
      iCh = iScan;
    }
  } else {
    for (let iCh = to, iI = isolates.length; iCh > from; ) {
      let sameDir = true, isNum = false;
      if (!iI || iCh > isolates[iI - 1].to) {
        let next = types[iCh - 1];
        if (next != ourType) {
          sameDir = false;
          isNum = next == 16;
        }
      }
      let recurse = !sameDir && ourType == 1 ? [] : null;
      let localLevel = sameDir ? level : level + 1;
      let iScan = iCh;
      run: for (; ; ) {
        if (iI && iScan == isolates[iI - 1].to) {
          if (isNum)
            break run;
          let iso = isolates[--iI];
          if (!sameDir)
            for (let upto = iso.from, jI = iI; ; ) {
              if (upto == from)
                break run;
              if (jI && isolates[jI - 1].to == upto)
                upto = isolates[--jI].from;
              else if (types[upto - 1] == ourType)
                break run;
              else
                break;
            }
          if (recurse) {
            recurse.push(iso);
          } else {
            if (iso.to < iCh)
              order.push(new BidiSpan(iso.to, iCh, localLevel));
            let dirSwap = iso.direction == LTR != !(localLevel % 2);
            computeSectionOrder(line, dirSwap ? level + 1 : level, baseLevel, iso.inner, iso.from, iso.to, order);
            iCh = iso.from;
          }
          iScan = iso.from;
        } else if (iScan == from || (sameDir ? types[iScan - 1] != ourType : types[iScan - 1] == ourType)) {
          break;
        } else {
          iScan--;
        }
      }
      if (recurse)
        emitSpans(line, iScan, iCh, level + 1, baseLevel, recurse, order);
      else if (iScan < iCh)
        order.push(new BidiSpan(iScan, iCh, localLevel));
      iCh = iScan;
    }
  }
}
function computeSectionOrder(line, level, baseLevel, isolates, from, to, order) {
  let outerType = level % 2 ? 2 : 1;
  computeCharTypes(line, from, to, isolates, outerType);
  processBracketPairs(line, from, to, isolates, outerType);
  processNeutrals(from, to, isolates, outerType);
  emitSpans(line, from, to, level, baseLevel, isolates, order);
}
function computeOrder(line, direction, isolates) {
  if (!line)
    return [new BidiSpan(0, 0, direction == RTL ? 1 : 0)];
  if (direction == LTR && !isolates.length && !BidiRE.test(line))
    return trivialOrder(line.length);
  if (isolates.length)
    while (line.length > types.length)
      types[types.length] = 256;
  let order = [], level = direction == LTR ? 0 : 1;
  computeSectionOrder(line, level, level, isolates, 0, line.length, order);
  return order;
}
function trivialOrder(length) {
  return [new BidiSpan(0, length, 0)];
}
function moveVisually(line, order, dir, start, forward) {
  var _a2;
  if (!line.length)
    return null;
  let startIndex = start.head - line.from, spanI;
  if (start.head == line.from && start.assoc < 0) {
    if (!forward)
      return null;
    startIndex = order[spanI = 0].side(false, dir);
  } else if (start.head == line.to && start.assoc > 0) {
    if (forward)
      return null;
    startIndex = order[spanI = order.length - 1].side(true, dir);
  } else {
    spanI = BidiSpan.find(order, startIndex, (_a2 = start.bidiLevel) !== null && _a2 !== void 0 ? _a2 : -1, start.assoc);
  }
  let span = order[spanI], spanEnd = span.side(forward, dir);
  if (startIndex == spanEnd) {
    let nextI = spanI += forward ? 1 : -1;
    if (nextI < 0 || nextI >= order.length)
      return null;
    span = order[spanI = nextI];
    startIndex = span.side(!forward, dir);
    spanEnd = span.side(forward, dir);
  }
  let nextIndex = findClusterBreak2(line.text, startIndex, span.forward(forward, dir));
  if (nextIndex < span.from || nextIndex > span.to)
    nextIndex = spanEnd;
  movedOver = line.text.slice(Math.min(startIndex, nextIndex), Math.max(startIndex, nextIndex));
  let nextSpan = spanI == (forward ? order.length - 1 : 0) ? null : order[spanI + (forward ? 1 : -1)];
  if (nextIndex == spanEnd) {
    if (!nextSpan)
      return forward ? EditorSelection.cursor(line.to, 1) : EditorSelection.cursor(line.from, -1);
    if (nextSpan.level + (forward ? 0 : 1) < span.level)
      return EditorSelection.cursor(nextSpan.side(!forward, dir) + line.from, nextSpan.forward(forward, dir) ? 1 : -1, nextSpan.level);
  }
  return EditorSelection.cursor(nextIndex + line.from, span.forward(forward, dir) ? -1 : 1, span.level);
}
function autoDirection(text, from, to) {
  for (let i2 = from; i2 < to; i2++) {
    let type = charType(text.charCodeAt(i2));
    if (type == 1)
      return LTR;
    if (type == 2 || type == 4)
      return RTL;
  }
}
function logException(state2, exception, context) {
  let handler = state2.facet(exceptionSink);
  if (handler.length)
    handler[0](exception);
  else if (window.onerror && window.onerror(String(exception), context, void 0, void 0, exception)) ;
  else if (context)
    console.error(context + ":", exception);
  else
    console.error(exception);
}
function getIsolatedRanges(view, line) {
  let isolates = view.state.facet(bidiIsolatedRanges);
  if (!isolates.length)
    return isolates;
  let sets = isolates.map((i2) => i2 instanceof Function ? i2(view) : i2);
  let result = [];
  RangeSet.spans(sets, line.from, line.to, {
    point() {
    },
    span(fromDoc, toDoc, active2, open) {
      let from = fromDoc - line.from, to = toDoc - line.from;
      let level = result;
      for (let i2 = active2.length - 1; i2 >= 0; i2--, open--) {
        let direction = active2[i2].spec.bidiIsolate, update2;
        if (open > 0 && level.length && (update2 = level[level.length - 1]).to == from && update2.direction == direction) {
          update2.to = to;
          level = update2.inner;
        } else {
          let add = { from, to, direction, inner: [] };
          level.push(add);
          level = add.inner;
        }
      }
    }
  });
  return resolveIsolates(line.text, result);
}
function resolveIsolates(text, isolates) {
  for (let i2 of isolates) {
    if (i2.direction == null) {
      for (let pos = i2.from, j = 0; pos < i2.to; j++) {
        let nextInner = j < i2.inner.length ? i2.inner[j] : null;
        let dir = autoDirection(text, pos, nextInner ? nextInner.from : i2.to);
        if (dir != null) {
          i2.direction = dir;
          break;
        }
        if (!nextInner)
          break;
        pos = nextInner.to;
      }
      if (i2.direction == null)
        i2.direction = Direction.LTR;
    }
    resolveIsolates(text, i2.inner);
  }
  return isolates;
}
function getCoveredMargins(view) {
  let margins = [];
  for (let f of view.state.facet(coveredMargins)) {
    let m = f(view);
    if (m)
      margins.push(m);
  }
  for (let f of view.state.facet(scrollMargins)) {
    let m = f(view);
    if (m) {
      let { win } = view;
      let left = 0, right = win.innerWidth, top2 = 0, bottom = win.innerHeight;
      if (view.viewState.scrollParent) {
        let rect = view.viewState.scrollParent.getBoundingClientRect();
        left = Math.max(rect.left, left);
        right = Math.min(rect.right, right);
        top2 = Math.max(rect.top, top2);
        bottom = Math.min(rect.bottom, bottom);
      }
      let margin = { elt: view.dom };
      if (m.left != null)
        margin.left = left + m.left;
      if (m.right != null)
        margin.right = right - m.right;
      if (m.top != null)
        margin.top = top2 + m.top;
      if (m.bottom != null)
        margin.bottom = bottom - m.bottom;
      margins.push(margin);
    }
  }
  return margins;
}
function rm$1(dom) {
  let next = dom.nextSibling;
  dom.parentNode.removeChild(dom);
  return next;
}
function fallbackRect(tile) {
  let last2 = tile.dom.lastChild;
  if (!last2)
    return tile.dom.getBoundingClientRect();
  let rects = clientRectsFor(last2);
  return rects[rects.length - 1] || null;
}
function onSameLine(a, b) {
  let posA = a.coordsIn(0, 1), posB = b.coordsIn(0, 1);
  return posA && posB && posB.top < posA.bottom;
}
function hasContent(tile, requireText) {
  let scan = (tile2) => {
    for (let ch of tile2.children)
      if ((requireText ? ch.isText() : ch.length) || scan(ch))
        return true;
    return false;
  };
  return scan(tile);
}
function widgetFlags(deco) {
  let flags = deco.isReplace ? (deco.startSide < 0 ? 64 : 0) | (deco.endSide > 0 ? 128 : 0) : deco.startSide > 0 ? 32 : 16;
  if (deco.block)
    flags |= 256;
  return flags;
}
function addLineDeco(value, deco) {
  let attrs = deco.spec.attributes, cls = deco.spec.class;
  if (!attrs && !cls)
    return value;
  if (!value)
    value = { class: "cm-line" };
  if (attrs)
    combineAttrs(attrs, value);
  if (cls)
    value.class += " " + cls;
  return value;
}
function getMarks(ptr) {
  let found = [];
  for (let i2 = ptr.parents.length; i2 > 1; i2--) {
    let tile = i2 == ptr.parents.length ? ptr.tile : ptr.parents[i2].tile;
    if (tile instanceof MarkTile)
      found.push(tile.mark);
  }
  return found;
}
function freeNode(node) {
  let tile = Tile.get(node);
  if (tile)
    tile.setDOM(node.cloneNode());
  return node;
}
function destroyDropped(tile, reused) {
  let r = reused === null || reused === void 0 ? void 0 : reused.get(tile);
  if (r != 1) {
    if (r == null)
      tile.destroy();
    for (let ch of tile.children)
      destroyDropped(ch, reused);
  }
}
function betweenUneditable(pos) {
  return isElt(pos.node) && pos.node.firstChild && (pos.offset == 0 || pos.node.childNodes[pos.offset - 1].contentEditable == "false") && (pos.offset == pos.node.childNodes.length || pos.node.childNodes[pos.offset].contentEditable == "false");
}
function findCompositionNode(view, headPos) {
  let sel = view.observer.selectionRange;
  if (!sel.focusNode)
    return null;
  let textBefore = textNodeBefore(sel.focusNode, sel.focusOffset);
  let textAfter = textNodeAfter(sel.focusNode, sel.focusOffset);
  let textNode = textBefore || textAfter;
  if (textAfter && textBefore && textAfter.node != textBefore.node) {
    let tileAfter = Tile.get(textAfter.node);
    if (!tileAfter || tileAfter.isText() && tileAfter.text != textAfter.node.nodeValue) {
      textNode = textAfter;
    } else if (view.docView.lastCompositionAfterCursor) {
      let tileBefore = Tile.get(textBefore.node);
      if (!(!tileBefore || tileBefore.isText() && tileBefore.text != textBefore.node.nodeValue))
        textNode = textAfter;
    }
  }
  view.docView.lastCompositionAfterCursor = textNode != textBefore;
  if (!textNode)
    return null;
  let from = headPos - textNode.offset;
  return { from, to: from + textNode.node.nodeValue.length, node: textNode.node };
}
function findCompositionRange(view, changes, headPos) {
  let found = findCompositionNode(view, headPos);
  if (!found)
    return null;
  let { node: textNode, from, to } = found, text = textNode.nodeValue;
  if (/[\n\r]/.test(text))
    return null;
  if (view.state.doc.sliceString(found.from, found.to) != text)
    return null;
  let inv = changes.invertedDesc;
  return { range: new ChangedRange(inv.mapPos(from), inv.mapPos(to), from, to), text: textNode };
}
function nextToUneditable(node, offset) {
  if (!isElt(node))
    return 0;
  return (offset && node.childNodes[offset - 1].contentEditable == "false" ? 1 : 0) | (offset < node.childNodes.length && node.childNodes[offset].contentEditable == "false" ? 2 : 0);
}
function findChangedDeco(a, b, diff) {
  let comp = new DecorationComparator$1();
  RangeSet.compare(a, b, diff, comp);
  return comp.changes;
}
function findChangedWrappers(a, b, diff) {
  let comp = new WrapperComparator();
  RangeSet.compare(a, b, diff, comp);
  return comp.changes;
}
function inUneditable(node, inside) {
  for (let cur = node; cur && cur != inside; cur = cur.assignedSlot || cur.parentNode) {
    if (isElt(cur) && cur.contentEditable == "false")
      return true;
  }
  return false;
}
function touchesComposition(changes, composition) {
  let touched = false;
  if (composition)
    changes.iterChangedRanges((from, to) => {
      if (from < composition.to && to > composition.from)
        touched = true;
    });
  return touched;
}
function groupAt(state2, pos, bias = 1) {
  let categorize = state2.charCategorizer(pos);
  let line = state2.doc.lineAt(pos), linePos = pos - line.from;
  if (line.length == 0)
    return EditorSelection.cursor(pos);
  if (linePos == 0)
    bias = 1;
  else if (linePos == line.length)
    bias = -1;
  let from = linePos, to = linePos;
  if (bias < 0)
    from = findClusterBreak2(line.text, linePos, false);
  else
    to = findClusterBreak2(line.text, linePos);
  let cat = categorize(line.text.slice(from, to));
  while (from > 0) {
    let prev = findClusterBreak2(line.text, from, false);
    if (categorize(line.text.slice(prev, from)) != cat)
      break;
    from = prev;
  }
  while (to < line.length) {
    let next = findClusterBreak2(line.text, to);
    if (categorize(line.text.slice(to, next)) != cat)
      break;
    to = next;
  }
  return EditorSelection.undirectionalRange(from + line.from, to + line.from);
}
function posAtCoordsImprecise(view, contentRect, block2, x, y) {
  let into = Math.round((x - contentRect.left) * view.defaultCharacterWidth);
  if (view.lineWrapping && block2.height > view.defaultLineHeight * 1.5) {
    let textHeight = view.viewState.heightOracle.textHeight;
    let line = Math.floor((y - block2.top - (view.defaultLineHeight - textHeight) * 0.5) / textHeight);
    into += line * view.viewState.heightOracle.lineLength;
  }
  let content2 = view.state.sliceDoc(block2.from, block2.to);
  return block2.from + findColumn(content2, into, view.state.tabSize);
}
function blockAt(view, pos, side) {
  let line = view.lineBlockAt(pos);
  if (Array.isArray(line.type)) {
    let best;
    for (let l of line.type) {
      if (l.from > pos)
        break;
      if (l.to < pos)
        continue;
      if (l.from < pos && l.to > pos)
        return l;
      if (!best || l.type == BlockType.Text && (best.type != l.type || (side < 0 ? l.from < pos : l.to > pos)))
        best = l;
    }
    return best || line;
  }
  return line;
}
function moveToLineBoundary(view, start, forward, includeWrap) {
  let block2 = blockAt(view, start.head, start.assoc || -1);
  let coords = !includeWrap || block2.type != BlockType.Text || !(view.lineWrapping || block2.widgetLineBreaks) ? null : view.coordsAtPos(start.assoc < 0 && start.head > block2.from ? start.head - 1 : start.head);
  if (coords) {
    let editorRect = view.dom.getBoundingClientRect();
    let direction = view.textDirectionAt(block2.from);
    let pos = view.posAndSideAtCoords({
      x: forward == (direction == Direction.LTR) ? editorRect.right - 1 : editorRect.left + 1,
      y: (coords.top + coords.bottom) / 2
    });
    if (pos)
      return EditorSelection.cursor(pos.pos, pos.assoc);
  }
  return EditorSelection.cursor(forward ? block2.to : block2.from, forward ? 1 : -1);
}
function moveByChar(view, start, forward, by) {
  let line = view.state.doc.lineAt(start.head), spans = view.bidiSpans(line);
  let direction = view.textDirectionAt(line.from);
  for (let cur = start, check = null; ; ) {
    let next = moveVisually(line, spans, direction, cur, forward), char = movedOver;
    if (!next) {
      if (line.number == (forward ? view.state.doc.lines : 1))
        return cur;
      char = "\n";
      line = view.state.doc.line(line.number + (forward ? 1 : -1));
      spans = view.bidiSpans(line);
      next = forward ? EditorSelection.cursor(line.from, -1) : EditorSelection.cursor(line.to, 1);
    }
    if (!check) {
      if (!by)
        return next;
      check = by(char);
    } else if (!check(char)) {
      return cur;
    }
    cur = next;
  }
}
function byGroup(view, pos, start) {
  let categorize = view.state.charCategorizer(pos);
  let cat = categorize(start);
  return (next) => {
    let nextCat = categorize(next);
    if (cat == CharCategory.Space)
      cat = nextCat;
    return cat == nextCat;
  };
}
function moveVertically(view, start, forward, distance) {
  let startPos = start.head, dir = forward ? 1 : -1;
  if (startPos == (forward ? view.state.doc.length : 0))
    return EditorSelection.cursor(startPos, start.assoc);
  let goal = start.goalColumn, startY;
  let rect = view.contentDOM.getBoundingClientRect();
  let startCoords = view.coordsAtPos(startPos, start.assoc || ((start.empty ? forward : start.head == start.from) ? 1 : -1));
  let docTop = view.documentTop;
  if (startCoords) {
    if (goal == null)
      goal = startCoords.left - rect.left;
    startY = dir < 0 ? startCoords.top : startCoords.bottom;
  } else {
    let line = view.viewState.lineBlockAt(startPos);
    if (goal == null)
      goal = Math.min(rect.right - rect.left, view.defaultCharacterWidth * (startPos - line.from));
    startY = (dir < 0 ? line.top : line.bottom) + docTop;
  }
  let resolvedGoal = rect.left + goal;
  let halfText = view.viewState.heightOracle.textHeight >> 1, dist2 = distance !== null && distance !== void 0 ? distance : halfText;
  for (let scan = 0; ; scan += halfText) {
    let y = startY + (dist2 + scan) * dir;
    let pos = posAtCoords(view, { x: resolvedGoal, y }, false, dir);
    if (forward ? y > rect.bottom : y < rect.top)
      return EditorSelection.cursor(pos.pos, pos.assoc);
    let posCoords = view.coordsAtPos(pos.pos, pos.assoc), mid = posCoords ? (posCoords.top + posCoords.bottom) / 2 : 0;
    if (!posCoords || (forward ? mid > startY : mid < startY))
      return EditorSelection.cursor(pos.pos, pos.assoc, void 0, goal);
  }
}
function skipAtomicRanges(atoms, pos, bias) {
  for (; ; ) {
    let moved = 0;
    for (let set of atoms) {
      set.between(pos - 1, pos + 1, (from, to, value) => {
        if (pos > from && pos < to) {
          let side = moved || bias || (pos - from < to - pos ? -1 : 1);
          pos = side < 0 ? from : to;
          moved = side;
        }
      });
    }
    if (!moved)
      return pos;
  }
}
function skipAtomsForSelection(atoms, sel) {
  let ranges = null;
  for (let i2 = 0; i2 < sel.ranges.length; i2++) {
    let range = sel.ranges[i2], updated = null;
    if (range.empty) {
      let pos = skipAtomicRanges(atoms, range.from, 0);
      if (pos != range.from)
        updated = EditorSelection.cursor(pos, -1);
    } else {
      let from = skipAtomicRanges(atoms, range.from, -1);
      let to = skipAtomicRanges(atoms, range.to, 1);
      if (from != range.from || to != range.to) {
        if (range.undirectional)
          updated = EditorSelection.undirectionalRange(range.from, range.to);
        else
          updated = EditorSelection.range(range.from == range.anchor ? from : to, range.from == range.head ? from : to);
      }
    }
    if (updated) {
      if (!ranges)
        ranges = sel.ranges.slice();
      ranges[i2] = updated;
    }
  }
  return ranges ? EditorSelection.create(ranges, sel.mainIndex) : sel;
}
function skipAtoms(view, oldPos, pos) {
  let newPos = skipAtomicRanges(view.state.facet(atomicRanges).map((f) => f(view)), pos.from, oldPos.head > pos.from ? -1 : 1);
  return newPos == pos.from ? pos : EditorSelection.cursor(newPos, newPos < pos.from ? 1 : -1);
}
function posAtCoords(view, coords, precise, scanY) {
  let content2 = view.contentDOM.getBoundingClientRect(), docTop = content2.top + view.viewState.paddingTop;
  let { x, y } = coords, yOffset = y - docTop, block2;
  for (; ; ) {
    if (yOffset < 0)
      return new PosAssoc(0, 1);
    if (yOffset > view.viewState.docHeight)
      return new PosAssoc(view.state.doc.length, -1);
    block2 = view.elementAtHeight(yOffset);
    if (scanY == null)
      break;
    if (block2.type == BlockType.Text) {
      if (scanY < 0 ? block2.to < view.viewport.from : block2.from > view.viewport.to)
        break;
      let rect = view.docView.coordsAt(scanY < 0 ? block2.from : block2.to, scanY > 0 ? -1 : 1);
      if (rect && (scanY < 0 ? rect.top <= yOffset + docTop : rect.bottom >= yOffset + docTop))
        break;
    }
    let halfLine = view.viewState.heightOracle.textHeight / 2;
    yOffset = scanY > 0 ? block2.bottom + halfLine : block2.top - halfLine;
  }
  if (view.viewport.from >= block2.to || view.viewport.to <= block2.from) {
    if (precise)
      return null;
    if (block2.type == BlockType.Text) {
      let pos = posAtCoordsImprecise(view, content2, block2, x, y);
      return new PosAssoc(pos, pos == block2.from ? 1 : -1);
    }
  }
  if (block2.type != BlockType.Text)
    return yOffset < (block2.top + block2.bottom) / 2 ? new PosAssoc(block2.from, 1) : new PosAssoc(block2.to, -1);
  let line = view.docView.lineAt(block2.from, 2);
  if (!line || line.length != block2.length)
    line = view.docView.lineAt(block2.from, -2);
  return new InlineCoordsScan(view, x, y, view.textDirectionAt(block2.from)).scanTile(line, block2.from);
}
function isAtEnd(parent2, node, offset) {
  for (; ; ) {
    if (!node || offset < maxOffset(node))
      return false;
    if (node == parent2)
      return true;
    offset = domIndex(node) + 1;
    node = node.parentNode;
  }
}
function isEmptyToEnd(node, end) {
  let widgets;
  for (let cur = node.nextSibling; cur && node != end; cur = cur.nextSibling) {
    let tile = Tile.get(node);
    if (!(tile === null || tile === void 0 ? void 0 : tile.isWidget()))
      return false;
    if (tile)
      (widgets || (widgets = [])).push(tile);
  }
  if (widgets)
    for (let w of widgets) {
      let override = w.overrideDOMText;
      if (override === null || override === void 0 ? void 0 : override.length)
        return false;
    }
  return true;
}
function domBoundsFor(docTile, from, to) {
  let before = null, after = null;
  let scan = (tile, off) => {
    for (let i2 = 0; i2 < tile.children.length && !after; i2++) {
      let next = tile.children[i2], end = off + next.length;
      if (next.dom.parentNode == tile.dom) {
        if (end < from)
          before = next;
        else if (off > to)
          after = next;
        else if (off < from || end > to)
          scan(next, off);
      }
      off = end + next.breakAfter;
    }
  };
  scan(docTile, 0);
  return {
    from: before ? before.posAtEnd + before.breakAfter : 0,
    to: after ? after.posAtStart : docTile.length,
    startDOM: before ? before.dom : null,
    endDOM: after ? after.dom : null
  };
}
function applyDOMChange(view, domChange) {
  let change;
  let { newSel } = domChange, { state: state2 } = view, sel = state2.selection.main;
  let lastKey = view.inputState.lastKeyTime > Date.now() - 100 ? view.inputState.lastKeyCode : -1;
  if (domChange.bounds) {
    let { from, to } = domChange.bounds;
    let preferredPos = sel.from, preferredSide = null;
    if (lastKey === 8 || browser.android && domChange.text.length < to - from) {
      preferredPos = sel.to;
      preferredSide = "end";
    }
    let cmp = state2.doc.sliceString(from, to, LineBreakPlaceholder), selEnd, diff;
    if (!sel.empty && sel.from >= from && sel.to <= to && (domChange.typeOver || cmp != domChange.text) && cmp.slice(0, sel.from - from) == domChange.text.slice(0, sel.from - from) && cmp.slice(sel.to - from) == domChange.text.slice(selEnd = domChange.text.length - (cmp.length - (sel.to - from)))) {
      change = {
        from: sel.from,
        to: sel.to,
        insert: Text.of(domChange.text.slice(sel.from - from, selEnd).split(LineBreakPlaceholder))
      };
    } else if (diff = findDiff(cmp, domChange.text, preferredPos - from, preferredSide)) {
      if (browser.chrome && lastKey == 13 && diff.toB == diff.from + 2 && domChange.text.slice(diff.from, diff.toB) == LineBreakPlaceholder + LineBreakPlaceholder)
        diff.toB--;
      change = {
        from: from + diff.from,
        to: from + diff.toA,
        insert: Text.of(domChange.text.slice(diff.from, diff.toB).split(LineBreakPlaceholder))
      };
    }
  } else if (newSel && (!view.hasFocus && state2.facet(editable) || sameSelPos(newSel, sel))) {
    newSel = null;
  }
  if (!change && !newSel)
    return false;
  if ((browser.mac || browser.android) && change && change.from == change.to && change.from == sel.head - 1 && /^\. ?$/.test(change.insert.toString()) && view.contentDOM.getAttribute("autocorrect") == "off") {
    if (newSel && change.insert.length == 2)
      newSel = EditorSelection.single(newSel.main.anchor - 1, newSel.main.head - 1);
    change = { from: change.from, to: change.to, insert: Text.of([change.insert.toString().replace(".", " ")]) };
  } else if (state2.doc.lineAt(sel.from).to < sel.to && view.docView.lineHasWidget(sel.to) && view.inputState.insertingTextAt > Date.now() - 50) {
    change = {
      from: sel.from,
      to: sel.to,
      insert: state2.toText(view.inputState.insertingText)
    };
  } else if (browser.chrome && change && change.from == change.to && change.from == sel.head && change.insert.toString() == "\n " && view.lineWrapping) {
    if (newSel)
      newSel = EditorSelection.single(newSel.main.anchor - 1, newSel.main.head - 1);
    change = { from: sel.from, to: sel.to, insert: Text.of([" "]) };
  }
  if (change) {
    return applyDOMChangeInner(view, change, newSel, lastKey);
  } else if (newSel && !sameSelPos(newSel, sel)) {
    let scrollIntoView2 = false, userEvent = "select";
    if (view.inputState.lastSelectionTime > Date.now() - 50) {
      if (view.inputState.lastSelectionOrigin == "select")
        scrollIntoView2 = true;
      userEvent = view.inputState.lastSelectionOrigin;
      if (userEvent == "select.pointer")
        newSel = skipAtomsForSelection(state2.facet(atomicRanges).map((f) => f(view)), newSel);
    }
    view.dispatch({ selection: newSel, scrollIntoView: scrollIntoView2, userEvent });
    return true;
  } else {
    return false;
  }
}
function applyDOMChangeInner(view, change, newSel, lastKey = -1) {
  if (browser.ios && view.inputState.flushIOSKey(change))
    return true;
  let sel = view.state.selection.main;
  if (browser.android && (change.to == sel.to && // GBoard will sometimes remove a space it just inserted
  // after a completion when you press enter
  (change.from == sel.from || change.from == sel.from - 1 && view.state.sliceDoc(change.from, sel.from) == " ") && change.insert.length == 1 && change.insert.lines == 2 && dispatchKey(view.contentDOM, "Enter", 13) || (change.from == sel.from - 1 && change.to == sel.to && change.insert.length == 0 || lastKey == 8 && change.insert.length < change.to - change.from && change.to > sel.head) && dispatchKey(view.contentDOM, "Backspace", 8) || change.from == sel.from && change.to == sel.to + 1 && change.insert.length == 0 && dispatchKey(view.contentDOM, "Delete", 46)))
    return true;
  let text = change.insert.toString();
  if (view.inputState.composing >= 0)
    view.inputState.composing++;
  let defaultTr;
  let defaultInsert = () => defaultTr || (defaultTr = applyDefaultInsert(view, change, newSel));
  if (!view.state.facet(inputHandler).some((h) => h(view, change.from, change.to, text, defaultInsert)))
    view.dispatch(defaultInsert());
  return true;
}
function applyDefaultInsert(view, change, newSel) {
  let tr, startState = view.state, sel = startState.selection.main, inAtomic = -1;
  if (change.from == change.to && change.from < sel.from || change.from > sel.to) {
    let side = change.from < sel.from ? -1 : 1, pos = side < 0 ? sel.from : sel.to;
    let moved = skipAtomicRanges(startState.facet(atomicRanges).map((f) => f(view)), pos, side);
    if (change.from == moved)
      inAtomic = moved;
  }
  if (inAtomic > -1) {
    tr = {
      changes: change,
      selection: EditorSelection.cursor(change.from + change.insert.length, -1)
    };
  } else if (change.from >= sel.from && change.to <= sel.to && change.to - change.from >= (sel.to - sel.from) / 3 && (!newSel || newSel.main.empty && newSel.main.from == change.from + change.insert.length) && view.inputState.composing < 0) {
    let before = sel.from < change.from ? startState.sliceDoc(sel.from, change.from) : "";
    let after = sel.to > change.to ? startState.sliceDoc(change.to, sel.to) : "";
    tr = startState.replaceSelection(view.state.toText(before + change.insert.sliceString(0, void 0, view.state.lineBreak) + after));
  } else {
    let changes = startState.changes(change);
    let mainSel = newSel && newSel.main.to <= changes.newLength ? newSel.main : void 0;
    if (startState.selection.ranges.length > 1 && (view.inputState.composing >= 0 || view.inputState.compositionPendingChange) && change.to <= sel.to + 10 && change.to >= sel.to - 10) {
      let replaced = view.state.sliceDoc(change.from, change.to);
      let compositionRange, composition = newSel && findCompositionNode(view, newSel.main.head);
      if (composition) {
        let dLen = change.insert.length - (change.to - change.from);
        compositionRange = { from: composition.from, to: composition.to - dLen };
      } else {
        compositionRange = view.state.doc.lineAt(sel.head);
      }
      let offset = sel.to - change.to;
      tr = startState.changeByRange((range) => {
        if (range.from == sel.from && range.to == sel.to)
          return { changes, range: mainSel || range.map(changes) };
        let to = range.to - offset, from = to - replaced.length;
        if (view.state.sliceDoc(from, to) != replaced || // Unfortunately, there's no way to make multiple
        // changes in the same node work without aborting
        // composition, so cursors in the composition range are
        // ignored.
        to >= compositionRange.from && from <= compositionRange.to)
          return { range };
        let rangeChanges = startState.changes({ from, to, insert: change.insert }), selOff = range.to - sel.to;
        return {
          changes: rangeChanges,
          range: !mainSel ? range.map(rangeChanges) : EditorSelection.range(Math.max(0, mainSel.anchor + selOff), Math.max(0, mainSel.head + selOff))
        };
      });
    } else {
      tr = {
        changes,
        selection: mainSel && startState.selection.replaceRange(mainSel)
      };
    }
  }
  let userEvent = "input.type";
  if (view.composing || view.inputState.compositionPendingChange && view.inputState.compositionEndedAt > Date.now() - 50) {
    view.inputState.compositionPendingChange = false;
    userEvent += ".compose";
    if (view.inputState.compositionFirstChange) {
      userEvent += ".start";
      view.inputState.compositionFirstChange = false;
    }
  }
  return startState.update(tr, { userEvent, scrollIntoView: true });
}
function findDiff(a, b, preferredPos, preferredSide) {
  let minLen = Math.min(a.length, b.length);
  let from = 0;
  while (from < minLen && a.charCodeAt(from) == b.charCodeAt(from))
    from++;
  if (from == minLen && a.length == b.length)
    return null;
  let toA = a.length, toB = b.length;
  while (toA > 0 && toB > 0 && a.charCodeAt(toA - 1) == b.charCodeAt(toB - 1)) {
    toA--;
    toB--;
  }
  if (preferredSide == "end") {
    let adjust = Math.max(0, from - Math.min(toA, toB));
    preferredPos -= toA + adjust - from;
  }
  if (toA < from && a.length < b.length) {
    let move = preferredPos <= from && preferredPos >= toA ? from - preferredPos : 0;
    from -= move;
    toB = from + (toB - toA);
    toA = from;
  } else if (toB < from) {
    let move = preferredPos <= from && preferredPos >= toB ? from - preferredPos : 0;
    from -= move;
    toA = from + (toA - toB);
    toB = from;
  }
  return { from, toA, toB };
}
function selectionPoints(view) {
  let result = [];
  if (view.root.activeElement != view.contentDOM)
    return result;
  let { anchorNode, anchorOffset, focusNode, focusOffset } = view.observer.selectionRange;
  if (anchorNode) {
    result.push(new DOMPoint(anchorNode, anchorOffset));
    if (focusNode != anchorNode || focusOffset != anchorOffset)
      result.push(new DOMPoint(focusNode, focusOffset));
  }
  return result;
}
function selectionFromPoints(points, base2) {
  if (points.length == 0)
    return null;
  let anchor = points[0].pos, head = points.length == 2 ? points[1].pos : anchor;
  return anchor < 0 || head < 0 ? null : anchor == head ? EditorSelection.create([EditorSelection.cursor(head + base2, -1)]) : EditorSelection.single(anchor + base2, head + base2);
}
function sameSelPos(selection, range) {
  return range.head == selection.main.head && range.anchor == selection.main.anchor;
}
function iosVirtualKeyboardOpen(win) {
  if (!win.visualViewport)
    return false;
  return win.visualViewport.height * win.visualViewport.scale / win.document.documentElement.clientHeight < 0.85;
}
function bindHandler(plugin, handler) {
  return (view, event) => {
    try {
      return handler.call(plugin, event, view);
    } catch (e) {
      logException(view.state, e);
    }
  };
}
function computeHandlers(plugins) {
  let result = /* @__PURE__ */ Object.create(null);
  function record2(type) {
    return result[type] || (result[type] = { observers: [], handlers: [] });
  }
  for (let plugin of plugins) {
    let spec = plugin.spec, handlers3 = spec && spec.plugin.domEventHandlers, observers2 = spec && spec.plugin.domEventObservers;
    if (handlers3)
      for (let type in handlers3) {
        let f = handlers3[type];
        if (f)
          record2(type).handlers.push(bindHandler(plugin.value, f));
      }
    if (observers2)
      for (let type in observers2) {
        let f = observers2[type];
        if (f)
          record2(type).observers.push(bindHandler(plugin.value, f));
      }
  }
  for (let type in handlers)
    record2(type).handlers.push(handlers[type]);
  for (let type in observers)
    record2(type).observers.push(observers[type]);
  return result;
}
function dragScrollSpeed(dist2) {
  return Math.max(0, dist2) * 0.7 + 8;
}
function dist(a, b) {
  return Math.max(Math.abs(a.clientX - b.clientX), Math.abs(a.clientY - b.clientY));
}
function addsSelectionRange(view, event) {
  let facet = view.state.facet(clickAddsSelectionRange);
  return facet.length ? facet[0](event) : browser.mac ? event.metaKey : event.ctrlKey;
}
function dragMovesSelection(view, event) {
  let facet = view.state.facet(dragMovesSelection$1);
  return facet.length ? facet[0](event) : browser.mac ? !event.altKey : !event.ctrlKey;
}
function isInPrimarySelection(view, event) {
  let { main: main2 } = view.state.selection;
  if (main2.empty)
    return false;
  let sel = getSelection(view.root);
  if (!sel || sel.rangeCount == 0)
    return true;
  let rects = sel.getRangeAt(0).getClientRects();
  for (let i2 = 0; i2 < rects.length; i2++) {
    let rect = rects[i2];
    if (rect.left <= event.clientX && rect.right >= event.clientX && rect.top <= event.clientY && rect.bottom >= event.clientY)
      return true;
  }
  return false;
}
function eventBelongsToEditor(view, event) {
  if (!event.bubbles)
    return true;
  if (event.defaultPrevented)
    return false;
  for (let node = event.target, tile; node != view.contentDOM; node = node.parentNode)
    if (!node || node.nodeType == 11 || (tile = Tile.get(node)) && tile.isWidget() && !tile.isHidden && tile.widget.ignoreEvent(event))
      return false;
  return true;
}
function capturePaste(view) {
  let parent2 = view.dom.parentNode;
  if (!parent2)
    return;
  let target = parent2.appendChild(document.createElement("textarea"));
  target.style.cssText = "position: fixed; left: -10000px; top: 10px";
  target.focus();
  setTimeout(() => {
    view.focus();
    target.remove();
    doPaste(view, target.value);
  }, 50);
}
function textFilter(state2, facet, text) {
  for (let filter of state2.facet(facet))
    text = filter(text, state2);
  return text;
}
function doPaste(view, input) {
  input = textFilter(view.state, clipboardInputFilter, input);
  let { state: state2 } = view, changes, i2 = 1, text = state2.toText(input);
  let byLine = text.lines == state2.selection.ranges.length;
  let linewise = lastLinewiseCopy != null && state2.selection.ranges.every((r) => r.empty) && lastLinewiseCopy == text.toString();
  if (linewise) {
    let lastLine = -1;
    changes = state2.changeByRange((range) => {
      let line = state2.doc.lineAt(range.from);
      if (line.from == lastLine)
        return { range };
      lastLine = line.from;
      let insert2 = state2.toText((byLine ? text.line(i2++).text : input) + state2.lineBreak);
      return {
        changes: { from: line.from, insert: insert2 },
        range: EditorSelection.cursor(range.from + insert2.length, -1)
      };
    });
  } else if (byLine) {
    changes = state2.changeByRange((range) => {
      let line = text.line(i2++);
      return {
        changes: { from: range.from, to: range.to, insert: line.text },
        range: EditorSelection.cursor(range.from + line.length, -1)
      };
    });
  } else {
    changes = state2.replaceSelection(text);
  }
  view.dispatch(changes, {
    userEvent: "input.paste",
    scrollIntoView: true
  });
}
function rangeForClick(view, pos, bias, type) {
  if (type == 1) {
    return EditorSelection.cursor(pos, bias);
  } else if (type == 2) {
    return groupAt(view.state, pos, bias);
  } else {
    let visual = view.docView.lineAt(pos, bias), line = view.state.doc.lineAt(visual ? visual.posAtEnd : pos);
    let from = visual ? visual.posAtStart : line.from, to = visual ? visual.posAtEnd : line.to;
    if (to < view.state.doc.length && to == line.to)
      to++;
    return EditorSelection.undirectionalRange(from, to);
  }
}
function getClickType(event) {
  if (!BadMouseDetail)
    return event.detail;
  let last2 = lastMouseDown, lastTime = lastMouseDownTime;
  lastMouseDown = event;
  lastMouseDownTime = Date.now();
  return lastMouseDownCount = !last2 || lastTime > Date.now() - 400 && Math.abs(last2.clientX - event.clientX) < 2 && Math.abs(last2.clientY - event.clientY) < 2 ? (lastMouseDownCount + 1) % 3 : 1;
}
function basicMouseSelection(view, event) {
  let start = view.posAndSideAtCoords({ x: event.clientX, y: event.clientY }, false), type = getClickType(event);
  let startSel = view.state.selection;
  return {
    update(update2) {
      if (update2.docChanged) {
        start.pos = update2.changes.mapPos(start.pos);
        startSel = startSel.map(update2.changes);
      }
    },
    get(event2, extend, multiple) {
      let cur = view.posAndSideAtCoords({ x: event2.clientX, y: event2.clientY }, false), removed;
      let range = rangeForClick(view, cur.pos, cur.assoc, type);
      if (start.pos != cur.pos && !extend) {
        let startRange = rangeForClick(view, start.pos, start.assoc, type);
        let from = Math.min(startRange.from, range.from), to = Math.max(startRange.to, range.to);
        range = from < range.from ? EditorSelection.range(from, to, range.assoc) : EditorSelection.range(to, from, range.assoc);
      }
      if (extend)
        return startSel.replaceRange(startSel.main.extend(range.from, range.to, range.assoc));
      else if (multiple && type == 1 && startSel.ranges.length > 1 && (removed = removeRangeAround(startSel, cur.pos)))
        return removed;
      else if (multiple)
        return startSel.addRange(range);
      else
        return EditorSelection.create([range]);
    }
  };
}
function removeRangeAround(sel, pos) {
  for (let i2 = 0; i2 < sel.ranges.length; i2++) {
    let { from, to } = sel.ranges[i2];
    if (from <= pos && to >= pos)
      return EditorSelection.create(sel.ranges.slice(0, i2).concat(sel.ranges.slice(i2 + 1)), sel.mainIndex == i2 ? 0 : sel.mainIndex - (sel.mainIndex > i2 ? 1 : 0));
  }
  return null;
}
function dropText(view, event, text, direct) {
  text = textFilter(view.state, clipboardInputFilter, text);
  if (!text)
    return;
  let dropPos = view.posAtCoords({ x: event.clientX, y: event.clientY }, false);
  let { draggedContent } = view.inputState;
  let del = direct && draggedContent && dragMovesSelection(view, event) ? { from: draggedContent.from, to: draggedContent.to } : null;
  let ins = { from: dropPos, insert: text };
  let changes = view.state.changes(del ? [del, ins] : ins);
  view.focus();
  view.dispatch({
    changes,
    selection: { anchor: changes.mapPos(dropPos, -1), head: changes.mapPos(dropPos, 1) },
    userEvent: del ? "move.drop" : "input.drop"
  });
  view.inputState.draggedContent = null;
}
function captureCopy(view, text) {
  let parent2 = view.dom.parentNode;
  if (!parent2)
    return;
  let target = parent2.appendChild(document.createElement("textarea"));
  target.style.cssText = "position: fixed; left: -10000px; top: 10px";
  target.value = text;
  target.focus();
  target.selectionEnd = text.length;
  target.selectionStart = 0;
  setTimeout(() => {
    target.remove();
    view.focus();
  }, 50);
}
function copiedRange(state2) {
  let content2 = [], ranges = [], linewise = false;
  for (let range of state2.selection.ranges)
    if (!range.empty) {
      content2.push(state2.sliceDoc(range.from, range.to));
      ranges.push(range);
    }
  if (!content2.length) {
    let upto = -1;
    for (let { from } of state2.selection.ranges) {
      let line = state2.doc.lineAt(from);
      if (line.number > upto) {
        content2.push(line.text);
        ranges.push({ from: line.from, to: Math.min(state2.doc.length, line.to + 1) });
      }
      upto = line.number;
    }
    linewise = true;
  }
  return { text: textFilter(state2, clipboardOutputFilter, content2.join(state2.lineBreak)), ranges, linewise };
}
function focusChangeTransaction(state2, focus) {
  let effects = [];
  for (let getEffect of state2.facet(focusChangeEffect)) {
    let effect = getEffect(state2, focus);
    if (effect)
      effects.push(effect);
  }
  return effects.length ? state2.update({ effects, annotations: isFocusChange.of(true) }) : null;
}
function updateForFocusChange(view) {
  setTimeout(() => {
    let focus = view.hasFocus;
    if (focus != view.inputState.notifiedFocused) {
      let tr = focusChangeTransaction(view.state, focus);
      if (tr)
        view.dispatch(tr);
      else
        view.update([]);
    }
  }, 10);
}
function firefoxCopyCutHack(doc2) {
  if (!appliedFirefoxHack.has(doc2)) {
    appliedFirefoxHack.add(doc2);
    doc2.addEventListener("copy", () => {
    });
    doc2.addEventListener("cut", () => {
    });
  }
}
function clearHeightChangeFlag() {
  heightChangeFlag = false;
}
function replace(old, val) {
  if (old == val)
    return old;
  if (old.constructor != val.constructor)
    heightChangeFlag = true;
  return val;
}
function mergeGaps(nodes, around) {
  let before, after;
  if (nodes[around] == null && (before = nodes[around - 1]) instanceof HeightMapGap && (after = nodes[around + 1]) instanceof HeightMapGap)
    nodes.splice(around - 1, 3, new HeightMapGap(before.length + 1 + after.length));
}
function heightRelevantDecoChanges(a, b, diff) {
  let comp = new DecorationComparator2();
  RangeSet.compare(a, b, diff, comp, 0);
  return comp.changes;
}
function visiblePixelRange(dom, paddingTop) {
  let rect = dom.getBoundingClientRect();
  let doc2 = dom.ownerDocument, win = doc2.defaultView || window;
  let left = Math.max(0, rect.left), right = Math.min(win.innerWidth, rect.right);
  let top2 = Math.max(0, rect.top), bottom = Math.min(win.innerHeight, rect.bottom);
  for (let parent2 = dom.parentNode; parent2 && parent2 != doc2.body; ) {
    if (isElt(parent2)) {
      let style = window.getComputedStyle(parent2);
      if ((parent2.scrollHeight > parent2.clientHeight || parent2.scrollWidth > parent2.clientWidth) && style.overflow != "visible") {
        let parentRect = parent2.getBoundingClientRect();
        left = Math.max(left, parentRect.left);
        right = Math.min(right, parentRect.right);
        top2 = Math.max(top2, parentRect.top);
        bottom = Math.min(parent2 == dom.parentNode ? win.innerHeight : bottom, parentRect.bottom);
      }
      parent2 = style.position == "absolute" || style.position == "fixed" ? parent2.offsetParent : parent2.parentNode;
    } else if (parent2.nodeType == 11) {
      parent2 = parent2.host;
    } else {
      break;
    }
  }
  return {
    left: left - rect.left,
    right: Math.max(left, right) - rect.left,
    top: top2 - (rect.top + paddingTop),
    bottom: Math.max(top2, bottom) - (rect.top + paddingTop)
  };
}
function inWindow(elt) {
  let rect = elt.getBoundingClientRect(), win = elt.ownerDocument.defaultView || window;
  return rect.left < win.innerWidth && rect.right > 0 && rect.top < win.innerHeight && rect.bottom > 0;
}
function fullPixelRange(dom, paddingTop) {
  let rect = dom.getBoundingClientRect();
  return {
    left: 0,
    right: rect.right - rect.left,
    top: paddingTop,
    bottom: rect.bottom - (rect.top + paddingTop)
  };
}
function lineStructure(from, to, stateDeco) {
  let ranges = [], pos = from, total = 0;
  RangeSet.spans(stateDeco, from, to, {
    span() {
    },
    point(from2, to2) {
      if (from2 > pos) {
        ranges.push({ from: pos, to: from2 });
        total += from2 - pos;
      }
      pos = to2;
    }
  }, 20);
  if (pos < to) {
    ranges.push({ from: pos, to });
    total += to - pos;
  }
  return { total, ranges };
}
function findPosition({ total, ranges }, ratio) {
  if (ratio <= 0)
    return ranges[0].from;
  if (ratio >= 1)
    return ranges[ranges.length - 1].to;
  let dist2 = Math.floor(total * ratio);
  for (let i2 = 0; ; i2++) {
    let { from, to } = ranges[i2], size = to - from;
    if (dist2 <= size)
      return from + dist2;
    dist2 -= size;
  }
}
function findFraction(structure, pos) {
  let counted = 0;
  for (let { from, to } of structure.ranges) {
    if (pos <= to) {
      counted += pos - from;
      break;
    }
    counted += to - from;
  }
  return counted / structure.total;
}
function find(array, f) {
  for (let val of array)
    if (f(val))
      return val;
  return void 0;
}
function staticDeco(state2) {
  let deco = state2.facet(decorations).filter((d) => typeof d != "function");
  let outer = state2.facet(outerDecorations).filter((d) => typeof d != "function");
  if (outer.length)
    deco.push(RangeSet.join(outer));
  return deco;
}
function scaleBlock(block2, scaler) {
  if (scaler.scale == 1)
    return block2;
  let bTop = scaler.toDOM(block2.top), bBottom = scaler.toDOM(block2.bottom);
  return new BlockInfo(block2.from, block2.length, bTop, bBottom - bTop, Array.isArray(block2._content) ? block2._content.map((b) => scaleBlock(b, scaler)) : block2._content);
}
function buildTheme(main2, spec, scopes) {
  return new StyleModule(spec, {
    finish(sel) {
      return /&/.test(sel) ? sel.replace(/&\w*/, (m) => {
        if (m == "&")
          return main2;
        if (!scopes || !scopes[m])
          throw new RangeError(`Unsupported selector: ${m}`);
        return scopes[m];
      }) : main2 + " " + sel;
    }
  });
}
function findChild(tile, dom, dir) {
  while (dom) {
    let curTile = Tile.get(dom);
    if (curTile && curTile.parent == tile)
      return curTile;
    let parent2 = dom.parentNode;
    dom = parent2 != tile.dom ? parent2 : dir > 0 ? dom.nextSibling : dom.previousSibling;
  }
  return null;
}
function buildSelectionRangeFromRange(view, range) {
  let anchorNode = range.startContainer, anchorOffset = range.startOffset;
  let focusNode = range.endContainer, focusOffset = range.endOffset;
  let curAnchor = view.docView.domAtPos(view.state.selection.main.anchor, 1);
  if (isEquivalentPosition(curAnchor.node, curAnchor.offset, focusNode, focusOffset))
    [anchorNode, anchorOffset, focusNode, focusOffset] = [focusNode, focusOffset, anchorNode, anchorOffset];
  return { anchorNode, anchorOffset, focusNode, focusOffset };
}
function safariSelectionRangeHack(view, selection) {
  if (selection.getComposedRanges) {
    let range = selection.getComposedRanges(view.root)[0];
    if (range)
      return buildSelectionRangeFromRange(view, range);
  }
  let found = null;
  function read2(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
    found = event.getTargetRanges()[0];
  }
  view.contentDOM.addEventListener("beforeinput", read2, true);
  view.dom.ownerDocument.execCommand("indent");
  view.contentDOM.removeEventListener("beforeinput", read2, true);
  return found ? buildSelectionRangeFromRange(view, found) : null;
}
function attrsFromFacet(view, facet, base2) {
  for (let sources = view.state.facet(facet), i2 = sources.length - 1; i2 >= 0; i2--) {
    let source = sources[i2], value = typeof source == "function" ? source(view) : source;
    if (value)
      combineAttrs(value, base2);
  }
  return base2;
}
function normalizeKeyName(name2, platform) {
  const parts = name2.split(/-(?!$)/);
  let result = parts[parts.length - 1];
  if (result == "Space")
    result = " ";
  let alt, ctrl, shift2, meta2;
  for (let i2 = 0; i2 < parts.length - 1; ++i2) {
    const mod = parts[i2];
    if (/^(cmd|meta|m)$/i.test(mod))
      meta2 = true;
    else if (/^a(lt)?$/i.test(mod))
      alt = true;
    else if (/^(c|ctrl|control)$/i.test(mod))
      ctrl = true;
    else if (/^s(hift)?$/i.test(mod))
      shift2 = true;
    else if (/^mod$/i.test(mod)) {
      if (platform == "mac")
        meta2 = true;
      else
        ctrl = true;
    } else
      throw new Error("Unrecognized modifier name: " + mod);
  }
  if (alt)
    result = "Alt-" + result;
  if (ctrl)
    result = "Ctrl-" + result;
  if (meta2)
    result = "Meta-" + result;
  if (shift2)
    result = "Shift-" + result;
  return result;
}
function modifiers(name2, event, shift2) {
  if (event.altKey)
    name2 = "Alt-" + name2;
  if (event.ctrlKey)
    name2 = "Ctrl-" + name2;
  if (event.metaKey)
    name2 = "Meta-" + name2;
  if (shift2 !== false && event.shiftKey)
    name2 = "Shift-" + name2;
  return name2;
}
function getKeymap(state2) {
  let bindings = state2.facet(keymap);
  let map = Keymaps.get(bindings);
  if (!map)
    Keymaps.set(bindings, map = buildKeymap(bindings.reduce((a, b) => a.concat(b), [])));
  return map;
}
function buildKeymap(bindings, platform = currentPlatform) {
  let bound = /* @__PURE__ */ Object.create(null);
  let isPrefix = /* @__PURE__ */ Object.create(null);
  let checkPrefix = (name2, is) => {
    let current = isPrefix[name2];
    if (current == null)
      isPrefix[name2] = is;
    else if (current != is)
      throw new Error("Key binding " + name2 + " is used both as a regular binding and as a multi-stroke prefix");
  };
  let add = (scope, key, command2, preventDefault, stopPropagation) => {
    var _a2, _b;
    let scopeObj = bound[scope] || (bound[scope] = /* @__PURE__ */ Object.create(null));
    let parts = key.split(/ (?!$)/).map((k) => normalizeKeyName(k, platform));
    for (let i2 = 1; i2 < parts.length; i2++) {
      let prefix = parts.slice(0, i2).join(" ");
      checkPrefix(prefix, true);
      if (!scopeObj[prefix])
        scopeObj[prefix] = {
          preventDefault: true,
          stopPropagation: false,
          run: [(view) => {
            let ourObj = storedPrefix = { view, prefix, scope };
            setTimeout(() => {
              if (storedPrefix == ourObj)
                storedPrefix = null;
            }, PrefixTimeout);
            return true;
          }]
        };
    }
    let full = parts.join(" ");
    checkPrefix(full, false);
    let binding = scopeObj[full] || (scopeObj[full] = {
      preventDefault: false,
      stopPropagation: false,
      run: ((_b = (_a2 = scopeObj._any) === null || _a2 === void 0 ? void 0 : _a2.run) === null || _b === void 0 ? void 0 : _b.slice()) || []
    });
    if (command2)
      binding.run.push(command2);
    if (preventDefault)
      binding.preventDefault = true;
    if (stopPropagation)
      binding.stopPropagation = true;
  };
  for (let b of bindings) {
    let scopes = b.scope ? b.scope.split(" ") : ["editor"];
    if (b.any)
      for (let scope of scopes) {
        let scopeObj = bound[scope] || (bound[scope] = /* @__PURE__ */ Object.create(null));
        if (!scopeObj._any)
          scopeObj._any = { preventDefault: false, stopPropagation: false, run: [] };
        let { any } = b;
        for (let key in scopeObj)
          scopeObj[key].run.push((view) => any(view, currentKeyEvent));
      }
    let name2 = b[platform] || b.key;
    if (!name2)
      continue;
    for (let scope of scopes) {
      add(scope, name2, b.run, b.preventDefault, b.stopPropagation);
      if (b.shift)
        add(scope, "Shift-" + name2, b.shift, b.preventDefault, b.stopPropagation);
    }
  }
  return bound;
}
function runHandlers(map, event, view, scope) {
  currentKeyEvent = event;
  let name2 = keyName(event);
  let charCode = codePointAt2(name2, 0), isChar = codePointSize2(charCode) == name2.length && name2 != " ";
  let prefix = "", handled = false, prevented = false, stopPropagation = false;
  if (storedPrefix && storedPrefix.view == view && storedPrefix.scope == scope) {
    prefix = storedPrefix.prefix + " ";
    if (modifierCodes.indexOf(event.keyCode) < 0) {
      prevented = true;
      storedPrefix = null;
    }
  }
  let ran = /* @__PURE__ */ new Set();
  let runFor = (binding) => {
    if (binding) {
      for (let cmd2 of binding.run)
        if (!ran.has(cmd2)) {
          ran.add(cmd2);
          if (cmd2(view)) {
            if (binding.stopPropagation)
              stopPropagation = true;
            return true;
          }
        }
      if (binding.preventDefault) {
        if (binding.stopPropagation)
          stopPropagation = true;
        prevented = true;
      }
    }
    return false;
  };
  let scopeObj = map[scope], baseName, shiftName;
  if (scopeObj) {
    if (runFor(scopeObj[prefix + modifiers(name2, event, !isChar)])) {
      handled = true;
    } else if (isChar && (event.altKey || event.metaKey || event.ctrlKey) && // Ctrl-Alt may be used for AltGr on Windows
    !(browser.windows && event.ctrlKey && event.altKey) && // Alt-combinations on macOS tend to be typed characters
    !(browser.mac && event.altKey && !(event.ctrlKey || event.metaKey)) && (baseName = base[event.keyCode]) && baseName != name2) {
      if (runFor(scopeObj[prefix + modifiers(baseName, event, true)])) {
        handled = true;
      } else if (event.shiftKey && (shiftName = shift[event.keyCode]) != name2 && shiftName != baseName && runFor(scopeObj[prefix + modifiers(shiftName, event, false)])) {
        handled = true;
      }
    } else if (isChar && event.shiftKey && runFor(scopeObj[prefix + modifiers(name2, event, true)])) {
      handled = true;
    }
    if (!handled && runFor(scopeObj._any))
      handled = true;
  }
  if (prevented)
    handled = true;
  if (handled && stopPropagation)
    event.stopPropagation();
  currentKeyEvent = null;
  return handled;
}
function gutter(config) {
  return [gutters(), activeGutters.of({ ...defaults, ...config })];
}
function gutters(config) {
  let result = [
    gutterView
  ];
  if (config && config.fixed === false)
    result.push(unfixGutters.of(true));
  return result;
}
function asArray2(val) {
  return Array.isArray(val) ? val : [val];
}
function advanceCursor(cursor, collect, pos) {
  while (cursor.value && cursor.from <= pos) {
    if (cursor.from == pos)
      collect.push(cursor.value);
    cursor.next();
  }
}
function sameMarkers(a, b) {
  if (a.length != b.length)
    return false;
  for (let i2 = 0; i2 < a.length; i2++)
    if (!a[i2].compare(b[i2]))
      return false;
  return true;
}
function formatNumber2(view, number2) {
  return view.state.facet(lineNumberConfig).formatNumber(number2, view.state);
}
function lineNumbers(config = {}) {
  return [
    lineNumberConfig.of(config),
    gutters(),
    lineNumberGutter
  ];
}
function maxLineNumber(lines) {
  let last2 = 9;
  while (last2 < lines)
    last2 = last2 * 10 + 9;
  return last2;
}
var nav, doc, ie_edge, ie_upto10, ie_11up, ie2, gecko, chrome, webkit, safari, ios, browser, noAttrs, WidgetType, BlockType, Decoration, MarkDecoration, LineDecoration, PointDecoration, BlockWrapper, isElt, isText, DOMSelectionState, preventScrollSupported, scratchRange, DOMPos, Direction, LTR, RTL, LowTypes, ArabicTypes, Brackets, BracketStack, BidiRE, BidiSpan, types, movedOver, clickAddsSelectionRange, dragMovesSelection$1, mouseSelectionStyle, exceptionSink, updateListener, inputHandler, focusChangeEffect, clipboardInputFilter, clipboardOutputFilter, perLineTextDirection, nativeSelectionHidden, scrollHandler, ScrollTarget, scrollIntoView, setEditContextFormatting, editable, nextPluginID, viewPlugin, ViewPlugin, PluginInstance, editorAttributes, contentAttributes, decorations, blockWrappers, outerDecorations, atomicRanges, bidiIsolatedRanges, scrollMargins, coveredMargins, styleModule, ChangedRange, ViewUpdate, noChildren, Tile, CompositeTile, DocTile, BlockWrapperTile, LineTile, MarkTile, TextTile, WidgetTile, WidgetBufferTile, TilePointer, OpenWrapper, TileBuilder, TextStream, buckets, TileCache, TileUpdate, lineBaseAttrs, NullWidget, BreakWidget, DocView, DecorationComparator$1, WrapperComparator, BlockGapWidget, PosAssoc, InlineCoordsScan, LineBreakPlaceholder, DOMReader, DOMPoint, DOMChange, InputState, PendingKeys, EmacsyPendingKeys, modifierCodes, dragScrollMargin, MouseSelection, handlers, observers, brokenClipboardAPI, BadMouseDetail, lastMouseDown, lastMouseDownCount, lastMouseDownTime, lastLinewiseCopy, isFocusChange, compositionEnd, appliedFirefoxHack, wrappingWhiteSpace, heightChangeFlag, HeightOracle, MeasuredHeights, BlockInfo, QueryType, Epsilon, HeightMap, SpaceDeco, HeightMapBlock, HeightMapText, HeightMapGap, HeightMapBranch, relevantWidgetHeight, NodeBuilder, DecorationComparator2, LineGap, LineGapWidget, ViewState, Viewport, IdScaler, BigScaler, theme, darkTheme, baseThemeID, baseLightID, baseDarkID, lightDarkIDs, baseTheme$1, observeOptions, useCharData, DOMObserver, EditContextManager, EditorView, MaxBidiLine, BadMeasure, CachedOrder, currentPlatform, handleKeyEvents, keymap, Keymaps, storedPrefix, PrefixTimeout, currentKeyEvent, drawMainRange, selectionBg, hideNativeSelection, UnicodeRegexpSupport, baseTheme, GutterMarker, gutterLineClass, gutterWidgetClass, defaults, activeGutters, unfixGutters, gutterView, UpdateContext, SingleGutterView, GutterElement, lineNumberMarkers, lineNumberWidgetMarker, lineNumberConfig, NumberMarker, lineNumberGutter;
var init_dist2 = __esm({
  "node_modules/@codemirror/view/dist/index.js"() {
    init_dist();
    init_style_mod();
    init_w3c_keyname();
    init_crelt();
    nav = typeof navigator != "undefined" ? navigator : { userAgent: "", vendor: "", platform: "" };
    doc = typeof document != "undefined" ? document : { documentElement: { style: {} } };
    ie_edge = /* @__PURE__ */ /Edge\/(\d+)/.exec(nav.userAgent);
    ie_upto10 = /* @__PURE__ */ /MSIE \d/.test(nav.userAgent);
    ie_11up = /* @__PURE__ */ /Trident\/(?:[7-9]|\d{2,})\..*rv:(\d+)/.exec(nav.userAgent);
    ie2 = !!(ie_upto10 || ie_11up || ie_edge);
    gecko = !ie2 && /* @__PURE__ */ /gecko\/(\d+)/i.test(nav.userAgent);
    chrome = !ie2 && /* @__PURE__ */ /Chrome\/(\d+)/.exec(nav.userAgent);
    webkit = "webkitFontSmoothing" in doc.documentElement.style;
    safari = !ie2 && /* @__PURE__ */ /Apple Computer/.test(nav.vendor);
    ios = safari && (/* @__PURE__ */ /Mobile\/\w+/.test(nav.userAgent) || nav.maxTouchPoints > 2);
    browser = {
      mac: ios || /* @__PURE__ */ /Mac/.test(nav.platform),
      windows: /* @__PURE__ */ /Win/.test(nav.platform),
      linux: /* @__PURE__ */ /Linux|X11/.test(nav.platform),
      ie: ie2,
      ie_version: ie_upto10 ? doc.documentMode || 6 : ie_11up ? +ie_11up[1] : ie_edge ? +ie_edge[1] : 0,
      gecko,
      gecko_version: gecko ? +(/* @__PURE__ */ /Firefox\/(\d+)/.exec(nav.userAgent) || [0, 0])[1] : 0,
      chrome: !!chrome,
      chrome_version: chrome ? +chrome[1] : 0,
      ios,
      android: /* @__PURE__ */ /Android\b/.test(nav.userAgent),
      webkit,
      webkit_version: webkit ? +(/* @__PURE__ */ /\bAppleWebKit\/(\d+)/.exec(nav.userAgent) || [0, 0])[1] : 0,
      safari,
      safari_version: safari ? +(/* @__PURE__ */ /\bVersion\/(\d+(\.\d+)?)/.exec(nav.userAgent) || [0, 0])[1] : 0,
      tabSize: doc.documentElement.style.tabSize != null ? "tab-size" : "-moz-tab-size"
    };
    noAttrs = /* @__PURE__ */ Object.create(null);
    WidgetType = class {
      /**
      Compare this instance to another instance of the same type.
      (TypeScript can't express this, but only instances of the same
      specific class will be passed to this method.) This is used to
      avoid redrawing widgets when they are replaced by a new
      decoration of the same type. The default implementation just
      returns `false`, which will cause new instances of the widget to
      always be redrawn.
      */
      eq(widget) {
        return false;
      }
      /**
      Update a DOM element created by a widget of the same type (but
      different, non-`eq` content) to reflect this widget. May return
      true to indicate that it could update, false to indicate it
      couldn't (in which case the widget will be redrawn). The default
      implementation just returns false.
      */
      updateDOM(dom, view, from) {
        return false;
      }
      /**
      @internal
      */
      compare(other) {
        return this == other || this.constructor == other.constructor && this.eq(other);
      }
      /**
      The estimated height this widget will have, to be used when
      estimating the height of content that hasn't been drawn. May
      return -1 to indicate you don't know. The default implementation
      returns -1.
      */
      get estimatedHeight() {
        return -1;
      }
      /**
      For inline widgets that are displayed inline (as opposed to
      `inline-block`) and introduce line breaks (through `<br>` tags
      or textual newlines), this must indicate the amount of line
      breaks they introduce. Defaults to 0.
      */
      get lineBreaks() {
        return 0;
      }
      /**
      Can be used to configure which kinds of events inside the widget
      should be ignored by the editor. The default is to ignore all
      events.
      */
      ignoreEvent(event) {
        return true;
      }
      /**
      Override the way screen coordinates for positions at/in the
      widget are found. `pos` will be the offset into the widget, and
      `side` the side of the position that is being queried—less than
      zero for before, greater than zero for after, and zero for
      directly at that position.
      */
      coordsAt(dom, pos, side) {
        return null;
      }
      /**
      @internal
      */
      get isHidden() {
        return false;
      }
      /**
      @internal
      */
      get editable() {
        return false;
      }
      /**
      This is called when the an instance of the widget is removed
      from the editor view.
      */
      destroy(dom) {
      }
    };
    BlockType = /* @__PURE__ */ (function(BlockType2) {
      BlockType2[BlockType2["Text"] = 0] = "Text";
      BlockType2[BlockType2["WidgetBefore"] = 1] = "WidgetBefore";
      BlockType2[BlockType2["WidgetAfter"] = 2] = "WidgetAfter";
      BlockType2[BlockType2["WidgetRange"] = 3] = "WidgetRange";
      return BlockType2;
    })(BlockType || (BlockType = {}));
    Decoration = class extends RangeValue {
      constructor(startSide, endSide, widget, spec) {
        super();
        this.startSide = startSide;
        this.endSide = endSide;
        this.widget = widget;
        this.spec = spec;
      }
      /**
      @internal
      */
      get heightRelevant() {
        return false;
      }
      /**
      Create a mark decoration, which influences the styling of the
      content in its range. Nested mark decorations will cause nested
      DOM elements to be created. Nesting order is determined by
      precedence of the [facet](https://codemirror.net/6/docs/ref/#view.EditorView^decorations), with
      the higher-precedence decorations creating the inner DOM nodes.
      Such elements are split on line boundaries and on the boundaries
      of lower-precedence decorations.
      */
      static mark(spec) {
        return new MarkDecoration(spec);
      }
      /**
      Create a widget decoration, which displays a DOM element at the
      given position.
      */
      static widget(spec) {
        let side = Math.max(-1e4, Math.min(1e4, spec.side || 0)), block2 = !!spec.block;
        side += block2 && !spec.inlineOrder ? side > 0 ? 3e8 : -4e8 : side > 0 ? 1e8 : -1e8;
        return new PointDecoration(spec, side, side, block2, spec.widget || null, false);
      }
      /**
      Create a replace decoration which replaces the given range with
      a widget, or simply hides it.
      */
      static replace(spec) {
        let block2 = !!spec.block, startSide, endSide;
        if (spec.isBlockGap) {
          startSide = -5e8;
          endSide = 4e8;
        } else {
          let { start, end } = getInclusive(spec, block2);
          startSide = (start ? block2 ? -3e8 : -1 : 5e8) - 1;
          endSide = (end ? block2 ? 2e8 : 1 : -6e8) + 1;
        }
        return new PointDecoration(spec, startSide, endSide, block2, spec.widget || null, true);
      }
      /**
      Create a line decoration, which can add DOM attributes to the
      line starting at the given position.
      */
      static line(spec) {
        return new LineDecoration(spec);
      }
      /**
      Build a [`DecorationSet`](https://codemirror.net/6/docs/ref/#view.DecorationSet) from the given
      decorated range or ranges. If the ranges aren't already sorted,
      pass `true` for `sort` to make the library sort them for you.
      */
      static set(of, sort = false) {
        return RangeSet.of(of, sort);
      }
      /**
      @internal
      */
      hasHeight() {
        return this.widget ? this.widget.estimatedHeight > -1 : false;
      }
    };
    Decoration.none = RangeSet.empty;
    MarkDecoration = class _MarkDecoration extends Decoration {
      constructor(spec) {
        let { start, end } = getInclusive(spec);
        super(start ? -1 : 5e8, end ? 1 : -6e8, null, spec);
        this.tagName = spec.tagName || "span";
        this.attrs = spec.class && spec.attributes ? combineAttrs(spec.attributes, { class: spec.class }) : spec.class ? { class: spec.class } : spec.attributes || noAttrs;
      }
      eq(other) {
        return this == other || other instanceof _MarkDecoration && this.tagName == other.tagName && attrsEq(this.attrs, other.attrs);
      }
      range(from, to = from) {
        if (from >= to)
          throw new RangeError("Mark decorations may not be empty");
        return super.range(from, to);
      }
    };
    MarkDecoration.prototype.point = false;
    LineDecoration = class _LineDecoration extends Decoration {
      constructor(spec) {
        super(-2e8, -2e8, null, spec);
      }
      eq(other) {
        return other instanceof _LineDecoration && this.spec.class == other.spec.class && attrsEq(this.spec.attributes, other.spec.attributes);
      }
      range(from, to = from) {
        if (to != from)
          throw new RangeError("Line decoration ranges must be zero-length");
        return super.range(from, to);
      }
    };
    LineDecoration.prototype.mapMode = MapMode.TrackBefore;
    LineDecoration.prototype.point = true;
    PointDecoration = class _PointDecoration extends Decoration {
      constructor(spec, startSide, endSide, block2, widget, isReplace) {
        super(startSide, endSide, widget, spec);
        this.block = block2;
        this.isReplace = isReplace;
        this.mapMode = !block2 ? MapMode.TrackDel : startSide <= 0 ? MapMode.TrackBefore : MapMode.TrackAfter;
      }
      // Only relevant when this.block == true
      get type() {
        return this.startSide != this.endSide ? BlockType.WidgetRange : this.startSide <= 0 ? BlockType.WidgetBefore : BlockType.WidgetAfter;
      }
      get heightRelevant() {
        return this.block || !!this.widget && (this.widget.estimatedHeight >= 5 || this.widget.lineBreaks > 0);
      }
      eq(other) {
        return other instanceof _PointDecoration && widgetsEq(this.widget, other.widget) && this.block == other.block && this.startSide == other.startSide && this.endSide == other.endSide;
      }
      range(from, to = from) {
        if (this.isReplace && (from > to || from == to && this.startSide > 0 && this.endSide <= 0))
          throw new RangeError("Invalid range for replacement decoration");
        if (!this.isReplace && to != from)
          throw new RangeError("Widget decorations can only have zero-length ranges");
        return super.range(from, to);
      }
    };
    PointDecoration.prototype.point = true;
    BlockWrapper = class _BlockWrapper extends RangeValue {
      constructor(tagName, attributes, rank) {
        super();
        this.tagName = tagName;
        this.attributes = attributes;
        this.rank = rank;
      }
      eq(other) {
        return other == this || other instanceof _BlockWrapper && this.tagName == other.tagName && attrsEq(this.attributes, other.attributes);
      }
      /**
      Create a block wrapper object with the given tag name and
      attributes.
      */
      static create(spec) {
        return new _BlockWrapper(spec.tagName, spec.attributes || noAttrs, spec.rank == null ? 50 : Math.max(0, Math.min(spec.rank, 100)));
      }
      /**
      Create a range set from the given block wrapper ranges.
      */
      static set(of, sort = false) {
        return RangeSet.of(of, sort);
      }
    };
    BlockWrapper.prototype.startSide = BlockWrapper.prototype.endSide = -1;
    isElt = (node) => node.nodeType == 1;
    isText = (node) => node.nodeType == 3;
    DOMSelectionState = class {
      constructor() {
        this.anchorNode = null;
        this.anchorOffset = 0;
        this.focusNode = null;
        this.focusOffset = 0;
      }
      eq(domSel) {
        return this.anchorNode == domSel.anchorNode && this.anchorOffset == domSel.anchorOffset && this.focusNode == domSel.focusNode && this.focusOffset == domSel.focusOffset;
      }
      setRange(range) {
        let { anchorNode, focusNode } = range;
        this.set(anchorNode, Math.min(range.anchorOffset, anchorNode ? maxOffset(anchorNode) : 0), focusNode, Math.min(range.focusOffset, focusNode ? maxOffset(focusNode) : 0));
      }
      set(anchorNode, anchorOffset, focusNode, focusOffset) {
        this.anchorNode = anchorNode;
        this.anchorOffset = anchorOffset;
        this.focusNode = focusNode;
        this.focusOffset = focusOffset;
      }
    };
    preventScrollSupported = null;
    if (browser.safari && browser.safari_version >= 26)
      preventScrollSupported = false;
    DOMPos = class _DOMPos {
      constructor(node, offset, precise = true) {
        this.node = node;
        this.offset = offset;
        this.precise = precise;
      }
      static before(dom, precise) {
        return new _DOMPos(dom.parentNode, domIndex(dom), precise);
      }
      static after(dom, precise) {
        return new _DOMPos(dom.parentNode, domIndex(dom) + 1, precise);
      }
    };
    Direction = /* @__PURE__ */ (function(Direction2) {
      Direction2[Direction2["LTR"] = 0] = "LTR";
      Direction2[Direction2["RTL"] = 1] = "RTL";
      return Direction2;
    })(Direction || (Direction = {}));
    LTR = Direction.LTR;
    RTL = Direction.RTL;
    LowTypes = /* @__PURE__ */ dec("88888888888888888888888888888888888666888888787833333333337888888000000000000000000000000008888880000000000000000000000000088888888888888888888888888888888888887866668888088888663380888308888800000000000000000000000800000000000000000000000000000008");
    ArabicTypes = /* @__PURE__ */ dec("4444448826627288999999999992222222222222222222222222222222222222222222222229999999999999999999994444444444644222822222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222999999949999999229989999223333333333");
    Brackets = /* @__PURE__ */ Object.create(null);
    BracketStack = [];
    for (let p of ["()", "[]", "{}"]) {
      let l = /* @__PURE__ */ p.charCodeAt(0), r = /* @__PURE__ */ p.charCodeAt(1);
      Brackets[l] = r;
      Brackets[r] = -l;
    }
    BidiRE = /[\u0590-\u05f4\u0600-\u06ff\u0700-\u08ac\ufb50-\ufdff]/;
    BidiSpan = class {
      /**
      The direction of this span.
      */
      get dir() {
        return this.level % 2 ? RTL : LTR;
      }
      /**
      @internal
      */
      constructor(from, to, level) {
        this.from = from;
        this.to = to;
        this.level = level;
      }
      /**
      @internal
      */
      side(end, dir) {
        return this.dir == dir == end ? this.to : this.from;
      }
      /**
      @internal
      */
      forward(forward, dir) {
        return forward == (this.dir == dir);
      }
      /**
      @internal
      */
      static find(order, index, level, assoc) {
        let maybe = -1;
        for (let i2 = 0; i2 < order.length; i2++) {
          let span = order[i2];
          if (span.from <= index && span.to >= index) {
            if (span.level == level)
              return i2;
            if (maybe < 0 || (assoc != 0 ? assoc < 0 ? span.from < index : span.to > index : order[maybe].level > span.level))
              maybe = i2;
          }
        }
        if (maybe < 0)
          throw new RangeError("Index out of range");
        return maybe;
      }
    };
    types = [];
    movedOver = "";
    clickAddsSelectionRange = /* @__PURE__ */ Facet.define();
    dragMovesSelection$1 = /* @__PURE__ */ Facet.define();
    mouseSelectionStyle = /* @__PURE__ */ Facet.define();
    exceptionSink = /* @__PURE__ */ Facet.define();
    updateListener = /* @__PURE__ */ Facet.define();
    inputHandler = /* @__PURE__ */ Facet.define();
    focusChangeEffect = /* @__PURE__ */ Facet.define();
    clipboardInputFilter = /* @__PURE__ */ Facet.define();
    clipboardOutputFilter = /* @__PURE__ */ Facet.define();
    perLineTextDirection = /* @__PURE__ */ Facet.define({
      combine: (values) => values.some((x) => x)
    });
    nativeSelectionHidden = /* @__PURE__ */ Facet.define({
      combine: (values) => values.some((x) => x)
    });
    scrollHandler = /* @__PURE__ */ Facet.define();
    ScrollTarget = class _ScrollTarget {
      constructor(range, y, x, yMargin, xMargin, isSnapshot = false) {
        this.range = range;
        this.y = y;
        this.x = x;
        this.yMargin = yMargin;
        this.xMargin = xMargin;
        this.isSnapshot = isSnapshot;
      }
      map(changes) {
        return changes.empty ? this : new _ScrollTarget(this.range.map(changes), this.y, this.x, this.yMargin, this.xMargin, this.isSnapshot);
      }
      clip(state2) {
        return this.range.to <= state2.doc.length ? this : new _ScrollTarget(EditorSelection.cursor(state2.doc.length), this.y, this.x, this.yMargin, this.xMargin, this.isSnapshot);
      }
    };
    scrollIntoView = /* @__PURE__ */ StateEffect.define({ map: (t3, ch) => t3.map(ch) });
    setEditContextFormatting = /* @__PURE__ */ StateEffect.define();
    editable = /* @__PURE__ */ Facet.define({ combine: (values) => values.length ? values[0] : true });
    nextPluginID = 0;
    viewPlugin = /* @__PURE__ */ Facet.define({
      combine(plugins) {
        return plugins.filter((p, i2) => {
          for (let j = 0; j < i2; j++)
            if (plugins[j].plugin == p.plugin)
              return false;
          return true;
        });
      }
    });
    ViewPlugin = class _ViewPlugin {
      constructor(id2, create2, domEventHandlers, domEventObservers, buildExtensions) {
        this.id = id2;
        this.create = create2;
        this.domEventHandlers = domEventHandlers;
        this.domEventObservers = domEventObservers;
        this.baseExtensions = buildExtensions(this);
        this.extension = this.baseExtensions.concat(viewPlugin.of({ plugin: this, arg: void 0 }));
      }
      /**
      Create an extension for this plugin with the given argument.
      */
      of(arg) {
        return this.baseExtensions.concat(viewPlugin.of({ plugin: this, arg }));
      }
      /**
      Define a plugin from a constructor function that creates the
      plugin's value, given an editor view.
      */
      static define(create2, spec) {
        const { eventHandlers, eventObservers, provide, decorations: deco } = spec || {};
        return new _ViewPlugin(nextPluginID++, create2, eventHandlers, eventObservers, (plugin) => {
          let ext = [];
          if (deco)
            ext.push(decorations.of((view) => {
              let pluginInst = view.plugin(plugin);
              return pluginInst ? deco(pluginInst) : Decoration.none;
            }));
          if (provide)
            ext.push(provide(plugin));
          return ext;
        });
      }
      /**
      Create a plugin for a class whose constructor takes a single
      editor view as argument.
      */
      static fromClass(cls, spec) {
        return _ViewPlugin.define((view, arg) => new cls(view, arg), spec);
      }
    };
    PluginInstance = class {
      constructor(spec) {
        this.spec = spec;
        this.mustUpdate = null;
        this.value = null;
      }
      get plugin() {
        return this.spec && this.spec.plugin;
      }
      update(view) {
        if (!this.value) {
          if (this.spec) {
            try {
              this.value = this.spec.plugin.create(view, this.spec.arg);
            } catch (e) {
              logException(view.state, e, "CodeMirror plugin crashed");
              this.deactivate();
            }
          }
        } else if (this.mustUpdate) {
          let update2 = this.mustUpdate;
          this.mustUpdate = null;
          if (this.value.update) {
            try {
              this.value.update(update2);
            } catch (e) {
              logException(update2.state, e, "CodeMirror plugin crashed");
              if (this.value.destroy)
                try {
                  this.value.destroy();
                } catch (_) {
                }
              this.deactivate();
            }
          }
        }
        return this;
      }
      destroy(view) {
        var _a2;
        if ((_a2 = this.value) === null || _a2 === void 0 ? void 0 : _a2.destroy) {
          try {
            this.value.destroy();
          } catch (e) {
            logException(view.state, e, "CodeMirror plugin crashed");
          }
        }
      }
      deactivate() {
        this.spec = this.value = null;
      }
    };
    editorAttributes = /* @__PURE__ */ Facet.define();
    contentAttributes = /* @__PURE__ */ Facet.define();
    decorations = /* @__PURE__ */ Facet.define();
    blockWrappers = /* @__PURE__ */ Facet.define();
    outerDecorations = /* @__PURE__ */ Facet.define();
    atomicRanges = /* @__PURE__ */ Facet.define();
    bidiIsolatedRanges = /* @__PURE__ */ Facet.define();
    scrollMargins = /* @__PURE__ */ Facet.define();
    coveredMargins = /* @__PURE__ */ Facet.define();
    styleModule = /* @__PURE__ */ Facet.define();
    ChangedRange = class _ChangedRange {
      constructor(fromA, toA, fromB, toB) {
        this.fromA = fromA;
        this.toA = toA;
        this.fromB = fromB;
        this.toB = toB;
      }
      join(other) {
        return new _ChangedRange(Math.min(this.fromA, other.fromA), Math.max(this.toA, other.toA), Math.min(this.fromB, other.fromB), Math.max(this.toB, other.toB));
      }
      addToSet(set) {
        let i2 = set.length, me = this;
        for (; i2 > 0; i2--) {
          let range = set[i2 - 1];
          if (range.fromA > me.toA)
            continue;
          if (range.toA < me.fromA)
            break;
          me = me.join(range);
          set.splice(i2 - 1, 1);
        }
        set.splice(i2, 0, me);
        return set;
      }
      // Extend a set to cover all the content in `ranges`, which is a
      // flat array with each pair of numbers representing fromB/toB
      // positions. These pairs are generated in unchanged ranges, so the
      // offset between doc A and doc B is the same for their start and
      // end points.
      static extendWithRanges(diff, ranges) {
        if (ranges.length == 0)
          return diff;
        let result = [];
        for (let dI = 0, rI = 0, off = 0; ; ) {
          let nextD = dI < diff.length ? diff[dI].fromB : 1e9;
          let nextR = rI < ranges.length ? ranges[rI] : 1e9;
          let fromB = Math.min(nextD, nextR);
          if (fromB == 1e9)
            break;
          let fromA = fromB + off, toB = fromB, toA = fromA;
          for (; ; ) {
            if (rI < ranges.length && ranges[rI] <= toB) {
              let end = ranges[rI + 1];
              rI += 2;
              toB = Math.max(toB, end);
              for (let i2 = dI; i2 < diff.length && diff[i2].fromB <= toB; i2++)
                off = diff[i2].toA - diff[i2].toB;
              toA = Math.max(toA, end + off);
            } else if (dI < diff.length && diff[dI].fromB <= toB) {
              let next = diff[dI++];
              toB = Math.max(toB, next.toB);
              toA = Math.max(toA, next.toA);
              off = next.toA - next.toB;
            } else {
              break;
            }
          }
          result.push(new _ChangedRange(fromA, toA, fromB, toB));
        }
        return result;
      }
    };
    ViewUpdate = class _ViewUpdate {
      constructor(view, state2, transactions) {
        this.view = view;
        this.state = state2;
        this.transactions = transactions;
        this.flags = 0;
        this.startState = view.state;
        this.changes = ChangeSet.empty(this.startState.doc.length);
        for (let tr of transactions)
          this.changes = this.changes.compose(tr.changes);
        let changedRanges = [];
        this.changes.iterChangedRanges((fromA, toA, fromB, toB) => changedRanges.push(new ChangedRange(fromA, toA, fromB, toB)));
        this.changedRanges = changedRanges;
      }
      /**
      @internal
      */
      static create(view, state2, transactions) {
        return new _ViewUpdate(view, state2, transactions);
      }
      /**
      Tells you whether the [viewport](https://codemirror.net/6/docs/ref/#view.EditorView.viewport) or
      [visible ranges](https://codemirror.net/6/docs/ref/#view.EditorView.visibleRanges) changed in this
      update.
      */
      get viewportChanged() {
        return (this.flags & 4) > 0;
      }
      /**
      Returns true when
      [`viewportChanged`](https://codemirror.net/6/docs/ref/#view.ViewUpdate.viewportChanged) is true
      and the viewport change is not just the result of mapping it in
      response to document changes.
      */
      get viewportMoved() {
        return (this.flags & 8) > 0;
      }
      /**
      Indicates whether the height of a block element in the editor
      changed in this update.
      */
      get heightChanged() {
        return (this.flags & 2) > 0;
      }
      /**
      Returns true when the document was modified or the size of the
      editor, or elements within the editor, changed.
      */
      get geometryChanged() {
        return this.docChanged || (this.flags & (16 | 2)) > 0;
      }
      /**
      True when this update indicates a focus change.
      */
      get focusChanged() {
        return (this.flags & 1) > 0;
      }
      /**
      Whether the document changed in this update.
      */
      get docChanged() {
        return !this.changes.empty;
      }
      /**
      Whether the selection was explicitly set in this update.
      */
      get selectionSet() {
        return this.transactions.some((tr) => tr.selection);
      }
      /**
      @internal
      */
      get empty() {
        return this.flags == 0 && this.transactions.length == 0;
      }
    };
    noChildren = [];
    Tile = class {
      constructor(dom, length, flags = 0) {
        this.dom = dom;
        this.length = length;
        this.flags = flags;
        this.parent = null;
        dom.cmTile = this;
      }
      get breakAfter() {
        return this.flags & 1;
      }
      get children() {
        return noChildren;
      }
      isWidget() {
        return false;
      }
      get isHidden() {
        return false;
      }
      isComposite() {
        return false;
      }
      isLine() {
        return false;
      }
      isText() {
        return false;
      }
      isBlock() {
        return false;
      }
      get domAttrs() {
        return null;
      }
      sync(track) {
        this.flags |= 2;
        if (this.flags & 4) {
          this.flags &= -5;
          let attrs = this.domAttrs;
          if (attrs)
            setAttrs(this.dom, attrs);
        }
      }
      toString() {
        return this.constructor.name + (this.children.length ? `(${this.children})` : "") + (this.breakAfter ? "#" : "");
      }
      destroy() {
        this.parent = null;
      }
      setDOM(dom) {
        this.dom = dom;
        dom.cmTile = this;
      }
      get posAtStart() {
        return this.parent ? this.parent.posBefore(this) : 0;
      }
      get posAtEnd() {
        return this.posAtStart + this.length;
      }
      posBefore(tile, start = this.posAtStart) {
        let pos = start;
        for (let child of this.children) {
          if (child == tile)
            return pos;
          pos += child.length + child.breakAfter;
        }
        throw new RangeError("Invalid child in posBefore");
      }
      posAfter(tile) {
        return this.posBefore(tile) + tile.length;
      }
      covers(side) {
        return true;
      }
      coordsIn(pos, side, rtl) {
        return null;
      }
      domPosFor(off, side) {
        let index = domIndex(this.dom);
        let after = this.length ? off > 0 : side > 0;
        return new DOMPos(this.parent.dom, index + (after ? 1 : 0), off == 0 || off == this.length);
      }
      markDirty(attrs) {
        this.flags &= -3;
        if (attrs)
          this.flags |= 4;
        if (this.parent && this.parent.flags & 2)
          this.parent.markDirty(false);
      }
      get overrideDOMText() {
        return null;
      }
      get root() {
        for (let t3 = this; t3; t3 = t3.parent)
          if (t3 instanceof DocTile)
            return t3;
        return null;
      }
      static get(dom) {
        return dom.cmTile;
      }
    };
    CompositeTile = class extends Tile {
      constructor(dom) {
        super(dom, 0);
        this._children = [];
      }
      isComposite() {
        return true;
      }
      get children() {
        return this._children;
      }
      get lastChild() {
        return this.children.length ? this.children[this.children.length - 1] : null;
      }
      append(child) {
        this.children.push(child);
        child.parent = this;
      }
      sync(track) {
        if (this.flags & 2)
          return;
        super.sync(track);
        let parent2 = this.dom, prev = null, next;
        let tracking = (track === null || track === void 0 ? void 0 : track.node) == parent2 ? track : null;
        let length = 0;
        for (let child of this.children) {
          child.sync(track);
          length += child.length + child.breakAfter;
          next = prev ? prev.nextSibling : parent2.firstChild;
          if (tracking && next != child.dom)
            tracking.written = true;
          if (child.dom.parentNode == parent2) {
            while (next && next != child.dom)
              next = rm$1(next);
          } else {
            parent2.insertBefore(child.dom, next);
          }
          prev = child.dom;
        }
        next = prev ? prev.nextSibling : parent2.firstChild;
        if (tracking && next)
          tracking.written = true;
        while (next)
          next = rm$1(next);
        this.length = length;
      }
    };
    DocTile = class extends CompositeTile {
      constructor(view, dom) {
        super(dom);
        this.view = view;
      }
      owns(tile) {
        for (; tile; tile = tile.parent)
          if (tile == this)
            return true;
        return false;
      }
      isBlock() {
        return true;
      }
      nearest(dom) {
        for (; ; ) {
          if (!dom)
            return null;
          let tile = Tile.get(dom);
          if (tile && this.owns(tile))
            return tile;
          dom = dom.parentNode;
        }
      }
      blockTiles(f) {
        for (let stack = [], cur = this, i2 = 0, pos = 0; ; ) {
          if (i2 == cur.children.length) {
            if (!stack.length)
              return;
            cur = cur.parent;
            if (cur.breakAfter)
              pos++;
            i2 = stack.pop();
          } else {
            let next = cur.children[i2++];
            if (next instanceof BlockWrapperTile) {
              stack.push(i2);
              cur = next;
              i2 = 0;
            } else {
              let end = pos + next.length;
              let result = f(next, pos);
              if (result !== void 0)
                return result;
              pos = end + next.breakAfter;
            }
          }
        }
      }
      // Find the block at the given position. If side < -1, make sure to
      // stay before block widgets at that position, if side > 1, after
      // such widgets (used for selection drawing, which needs to be able
      // to get coordinates for positions that aren't valid cursor positions).
      resolveBlock(pos, side) {
        let before, beforeOff = -1, after, afterOff = -1;
        this.blockTiles((tile, off) => {
          let end = off + tile.length;
          if (pos >= off && pos <= end) {
            if (tile.isWidget() && side >= -1 && side <= 1) {
              if (tile.flags & 32)
                return true;
              if (tile.flags & 16)
                before = void 0;
            }
            if ((off < pos || pos == end && (side < -1 ? tile.length : tile.covers(1))) && (!before || !tile.isWidget() && before.isWidget())) {
              before = tile;
              beforeOff = pos - off;
            }
            if ((end > pos || pos == off && (side > 1 ? tile.length : tile.covers(-1))) && (!after || !tile.isWidget() && after.isWidget())) {
              after = tile;
              afterOff = pos - off;
            }
          }
        });
        if (!before && !after)
          throw new Error("No tile at position " + pos);
        return before && side < 0 || !after ? { tile: before, offset: beforeOff } : { tile: after, offset: afterOff };
      }
    };
    BlockWrapperTile = class _BlockWrapperTile extends CompositeTile {
      constructor(dom, wrapper) {
        super(dom);
        this.wrapper = wrapper;
      }
      isBlock() {
        return true;
      }
      covers(side) {
        if (!this.children.length)
          return false;
        return side < 0 ? this.children[0].covers(-1) : this.lastChild.covers(1);
      }
      get domAttrs() {
        return this.wrapper.attributes;
      }
      static of(wrapper, dom) {
        let tile = new _BlockWrapperTile(dom || document.createElement(wrapper.tagName), wrapper);
        if (!dom)
          tile.flags |= 4;
        return tile;
      }
    };
    LineTile = class _LineTile extends CompositeTile {
      constructor(dom, attrs) {
        super(dom);
        this.attrs = attrs;
      }
      isLine() {
        return true;
      }
      static start(attrs, dom, keepAttrs) {
        let line = new _LineTile(dom || document.createElement("div"), attrs);
        if (!dom || !keepAttrs)
          line.flags |= 4;
        return line;
      }
      get domAttrs() {
        return this.attrs;
      }
      // Find the tile associated with a given position in this line.
      // Side -2/2 is handled specially, in that it allows the position
      // returned to be before (-2) or after (2) widgets that would always
      // be after/before a cursor position.
      resolveInline(pos, side, forCoords = false) {
        let before = null, beforeOff = -1, after = null, afterOff = -1;
        function scan(tile, pos2) {
          for (let i2 = 0, off = 0; i2 < tile.children.length && off <= pos2; i2++) {
            let child = tile.children[i2], end = off + child.length;
            if (end >= pos2) {
              if (child.isComposite()) {
                scan(child, pos2 - off);
              } else if ((!after || forCoords && after.isHidden && (side > 0 && !(after.flags & 32) || forCoords && onSameLine(after, child))) && (end > pos2 || child.flags & 32 && side <= 1)) {
                after = child;
                afterOff = pos2 - off;
              } else if (off < pos2 || child.flags & 16 && !(forCoords && child.isHidden) && side >= -1) {
                before = child;
                beforeOff = pos2 - off;
              }
            }
            off = end;
          }
        }
        scan(this, pos);
        let target = (side < 0 ? before : after) || before || after;
        return target ? { tile: target, offset: target == before ? beforeOff : afterOff } : null;
      }
      coordsIn(pos, side, rtl) {
        let found = this.resolveInline(pos, side, true);
        if (!found)
          return fallbackRect(this);
        return found.tile.coordsIn(Math.max(0, found.offset), side, rtl);
      }
      domIn(pos, side) {
        let found = this.resolveInline(pos, side);
        if (found) {
          let { tile, offset } = found;
          if (this.dom.contains(tile.dom)) {
            if (tile.isText())
              return new DOMPos(tile.dom, Math.min(tile.dom.nodeValue.length, offset));
            return tile.domPosFor(offset, tile.flags & 16 ? 1 : tile.flags & 32 ? -1 : side);
          }
          let parent2 = found.tile.parent, saw = false;
          for (let ch of parent2.children) {
            if (saw)
              return new DOMPos(ch.dom, 0);
            if (ch == found.tile) {
              saw = true;
            }
          }
        }
        return new DOMPos(this.dom, 0);
      }
    };
    MarkTile = class _MarkTile extends CompositeTile {
      constructor(dom, mark2) {
        super(dom);
        this.mark = mark2;
      }
      get domAttrs() {
        return this.mark.attrs;
      }
      static of(mark2, dom) {
        let tile = new _MarkTile(dom || document.createElement(mark2.tagName), mark2);
        if (!dom)
          tile.flags |= 4;
        return tile;
      }
    };
    TextTile = class _TextTile extends Tile {
      constructor(dom, text) {
        super(dom, text.length);
        this.text = text;
      }
      sync(track) {
        if (this.flags & 2)
          return;
        super.sync(track);
        if (this.dom.nodeValue != this.text) {
          if (track && track.node == this.dom)
            track.written = true;
          this.dom.nodeValue = this.text;
        }
      }
      isText() {
        return true;
      }
      toString() {
        return JSON.stringify(this.text);
      }
      coordsIn(pos, side, rtl) {
        let length = this.dom.nodeValue.length;
        if (pos > length)
          pos = length;
        let from = pos, to = pos, flatten3 = 0;
        if (pos == 0 && side < 0 || pos == length && side >= 0) {
          if (!(browser.chrome || browser.gecko)) {
            if (pos) {
              from--;
              flatten3 = 1;
            } else if (to < length) {
              to++;
              flatten3 = -1;
            }
          }
        } else {
          if (side < 0)
            from--;
          else if (to < length)
            to++;
        }
        let rects = textRange(this.dom, from, to).getClientRects();
        if (!rects.length)
          return null;
        let rect = rects[(flatten3 ? flatten3 < 0 : side >= 0) ? 0 : rects.length - 1];
        if (browser.safari && !flatten3 && rect.width == 0)
          rect = Array.prototype.find.call(rects, (r) => r.width) || rect;
        return rtl == null ? rect : flattenRect(rect, (flatten3 ? flatten3 > 0 : side < 0) == rtl);
      }
      static of(text, dom) {
        let tile = new _TextTile(dom || document.createTextNode(text), text);
        if (!dom)
          tile.flags |= 2;
        return tile;
      }
    };
    WidgetTile = class _WidgetTile extends Tile {
      constructor(dom, length, widget, flags) {
        super(dom, length, flags);
        this.widget = widget;
      }
      isWidget() {
        return true;
      }
      get isHidden() {
        return this.widget.isHidden;
      }
      covers(side) {
        if (this.flags & 48)
          return false;
        return (this.flags & (side < 0 ? 64 : 128)) > 0;
      }
      coordsIn(pos, side) {
        return this.coordsInWidget(pos, side, false);
      }
      coordsInWidget(pos, side, block2) {
        let custom = this.widget.coordsAt(this.dom, pos, side);
        if (custom)
          return custom;
        if (block2) {
          return flattenRect(this.dom.getBoundingClientRect(), this.length ? pos == 0 : side <= 0);
        } else {
          let rects = this.dom.getClientRects(), rect = null;
          if (!rects.length)
            return null;
          let fromBack = this.flags & 16 ? true : this.flags & 32 ? false : pos > 0;
          for (let i2 = fromBack ? rects.length - 1 : 0; ; i2 += fromBack ? -1 : 1) {
            rect = rects[i2];
            if (pos > 0 ? i2 == 0 : i2 == rects.length - 1 || rect.top < rect.bottom)
              break;
          }
          return flattenRect(rect, !fromBack);
        }
      }
      get overrideDOMText() {
        if (!this.length)
          return Text.empty;
        let { root } = this;
        if (!root)
          return Text.empty;
        let start = this.posAtStart;
        return root.view.state.doc.slice(start, start + this.length);
      }
      destroy() {
        super.destroy();
        this.widget.destroy(this.dom);
      }
      static of(widget, view, length, flags, dom) {
        if (!dom) {
          dom = widget.toDOM(view);
          if (!widget.editable)
            dom.contentEditable = "false";
        }
        return new _WidgetTile(dom, length, widget, flags);
      }
    };
    WidgetBufferTile = class extends Tile {
      constructor(flags) {
        let img = document.createElement("img");
        img.className = "cm-widgetBuffer";
        img.setAttribute("aria-hidden", "true");
        super(img, 0, flags);
      }
      get isHidden() {
        return true;
      }
      get overrideDOMText() {
        return Text.empty;
      }
      coordsIn(pos, side, rtl) {
        let rect = this.dom.getBoundingClientRect();
        return rtl == null ? rect : flattenRect(rect, side > 0 == rtl);
      }
    };
    TilePointer = class {
      constructor(top2) {
        this.index = 0;
        this.beforeBreak = false;
        this.parents = [];
        this.tile = top2;
      }
      // Advance by the given distance. If side is -1, stop leaving or
      // entering tiles, or skipping zero-length tiles, once the distance
      // has been traversed. When side is 1, leave, enter, or skip
      // everything at the end position.
      advance(dist2, side, walker) {
        let { tile, index, beforeBreak, parents } = this;
        while (dist2 || side > 0) {
          if (!tile.isComposite()) {
            let len = tile.length;
            if (index < len && dist2) {
              let take = Math.min(dist2, len - index);
              if (walker)
                walker.skip(tile, index, index + take);
              dist2 -= take;
              index += take;
            }
            if (index == len) {
              beforeBreak = !!tile.breakAfter;
              ({ tile, index } = parents.pop());
              index++;
            } else if (!dist2) {
              break;
            }
          } else if (beforeBreak) {
            if (!dist2)
              break;
            if (walker)
              walker.break();
            dist2--;
            beforeBreak = false;
          } else if (index == tile.children.length) {
            if (!dist2 && !parents.length)
              break;
            if (walker)
              walker.leave(tile);
            beforeBreak = !!tile.breakAfter;
            ({ tile, index } = parents.pop());
            index++;
          } else {
            let next = tile.children[index], brk = next.breakAfter;
            if ((side > 0 ? next.length <= dist2 : next.length < dist2) && (!walker || walker.skip(next, 0, next.length) !== false || !next.isComposite)) {
              beforeBreak = !!brk;
              index++;
              dist2 -= next.length;
            } else {
              parents.push({ tile, index });
              tile = next;
              index = 0;
              if (walker && next.isComposite())
                walker.enter(next);
            }
          }
        }
        this.tile = tile;
        this.index = index;
        this.beforeBreak = beforeBreak;
        return this;
      }
      get root() {
        return this.parents.length ? this.parents[0].tile : this.tile;
      }
    };
    OpenWrapper = class {
      constructor(from, to, wrapper, rank) {
        this.from = from;
        this.to = to;
        this.wrapper = wrapper;
        this.rank = rank;
      }
    };
    TileBuilder = class {
      constructor(cache, root, blockWrappers2) {
        this.cache = cache;
        this.root = root;
        this.blockWrappers = blockWrappers2;
        this.curLine = null;
        this.lastBlock = null;
        this.afterWidget = null;
        this.pos = 0;
        this.wrappers = [];
        this.wrapperPos = 0;
      }
      addText(text, marks2, openStart, tile) {
        var _a2;
        this.flushBuffer();
        let parent2 = this.ensureMarks(marks2, openStart);
        let prev = parent2.lastChild;
        if (prev && prev.isText() && !(prev.flags & 8) && prev.length + text.length < 512) {
          this.cache.reused.set(
            prev,
            2
            /* Reused.DOM */
          );
          let tile2 = parent2.children[parent2.children.length - 1] = new TextTile(prev.dom, prev.text + text);
          tile2.parent = parent2;
        } else {
          parent2.append(tile || TextTile.of(text, (_a2 = this.cache.find(TextTile)) === null || _a2 === void 0 ? void 0 : _a2.dom));
        }
        this.pos += text.length;
        this.afterWidget = null;
      }
      addComposition(composition, context) {
        let line = this.curLine;
        if (line.dom != context.line.dom) {
          line.setDOM(this.cache.reused.has(context.line) ? freeNode(context.line.dom) : context.line.dom);
          this.cache.reused.set(
            context.line,
            2
            /* Reused.DOM */
          );
        }
        let head = line;
        for (let i2 = context.marks.length - 1; i2 >= 0; i2--) {
          let mark2 = context.marks[i2];
          let last2 = head.lastChild;
          if (last2 instanceof MarkTile && last2.mark.eq(mark2.mark)) {
            if (last2.dom != mark2.dom)
              last2.setDOM(freeNode(mark2.dom));
            head = last2;
          } else {
            let { dom } = mark2;
            if (this.cache.reused.get(mark2)) {
              let tile = Tile.get(mark2.dom);
              if (tile)
                dom = freeNode(mark2.dom);
            }
            let nw = MarkTile.of(mark2.mark, dom);
            head.append(nw);
            head = nw;
          }
          this.cache.reused.set(
            mark2,
            2
            /* Reused.DOM */
          );
        }
        let oldTile = Tile.get(composition.text);
        if (oldTile)
          this.cache.reused.set(
            oldTile,
            2
            /* Reused.DOM */
          );
        let text = new TextTile(composition.text, composition.text.nodeValue);
        text.flags |= 8;
        this.pos = composition.range.toB;
        head.append(text);
      }
      addInlineWidget(widget, marks2, openStart) {
        let noSpace = this.afterWidget && widget.flags & 48 && (this.afterWidget.flags & 48) == (widget.flags & 48);
        if (!noSpace)
          this.flushBuffer();
        let parent2 = this.ensureMarks(marks2, openStart);
        if (!noSpace && !(widget.flags & 16))
          parent2.append(this.getBuffer(1));
        parent2.append(widget);
        this.pos += widget.length;
        this.afterWidget = widget;
      }
      addMark(tile, marks2, openStart) {
        this.flushBuffer();
        let parent2 = this.ensureMarks(marks2, openStart);
        parent2.append(tile);
        this.pos += tile.length;
        this.afterWidget = null;
      }
      addBlockWidget(widget) {
        this.getBlockPos().append(widget);
        this.pos += widget.length;
        this.lastBlock = widget;
        this.endLine();
      }
      continueWidget(length) {
        let widget = this.afterWidget || this.lastBlock;
        widget.length += length;
        this.pos += length;
      }
      addLineStart(attrs, dom) {
        var _a2;
        if (!attrs)
          attrs = lineBaseAttrs;
        let tile = LineTile.start(attrs, dom || ((_a2 = this.cache.find(LineTile)) === null || _a2 === void 0 ? void 0 : _a2.dom), !!dom);
        this.getBlockPos().append(this.lastBlock = this.curLine = tile);
      }
      addLine(tile) {
        this.getBlockPos().append(tile);
        this.pos += tile.length;
        this.lastBlock = tile;
        this.endLine();
      }
      addBreak() {
        this.lastBlock.flags |= 1;
        this.endLine();
        this.pos++;
      }
      addLineStartIfNotCovered(attrs) {
        if (!this.blockPosCovered())
          this.addLineStart(attrs);
      }
      ensureLine(attrs) {
        if (!this.curLine)
          this.addLineStart(attrs);
      }
      ensureMarks(marks2, openStart) {
        var _a2;
        let parent2 = this.curLine;
        for (let i2 = marks2.length - 1; i2 >= 0; i2--) {
          let mark2 = marks2[i2], last2;
          if (openStart > 0 && (last2 = parent2.lastChild) && last2 instanceof MarkTile && last2.mark.eq(mark2)) {
            parent2 = last2;
            openStart--;
          } else {
            let tile = MarkTile.of(mark2, (_a2 = this.cache.find(MarkTile, (m) => m.mark.eq(mark2))) === null || _a2 === void 0 ? void 0 : _a2.dom);
            parent2.append(tile);
            parent2 = tile;
            openStart = 0;
          }
        }
        return parent2;
      }
      endLine() {
        if (this.curLine) {
          this.flushBuffer();
          let last2 = this.curLine.lastChild;
          if (!last2 || !hasContent(this.curLine, false) || last2.dom.nodeName != "BR" && last2.isWidget() && !(browser.ios && hasContent(this.curLine, true)))
            this.curLine.append(this.cache.findWidget(
              BreakWidget,
              0,
              32
              /* TileFlag.After */
            ) || new WidgetTile(
              BreakWidget.toDOM(),
              0,
              BreakWidget,
              32
              /* TileFlag.After */
            ));
          this.curLine = this.afterWidget = null;
        }
      }
      updateBlockWrappers() {
        if (this.wrapperPos > this.pos + 1e4) {
          this.blockWrappers.goto(this.pos);
          this.wrappers.length = 0;
        }
        for (let i2 = this.wrappers.length - 1; i2 >= 0; i2--)
          if (this.wrappers[i2].to < this.pos)
            this.wrappers.splice(i2, 1);
        for (let cur = this.blockWrappers; cur.value && cur.from <= this.pos; cur.next())
          if (cur.to >= this.pos) {
            let rank = cur.rank * 102 + cur.value.rank;
            let wrap = new OpenWrapper(cur.from, cur.to, cur.value, rank), i2 = this.wrappers.length;
            while (i2 > 0 && (this.wrappers[i2 - 1].rank - wrap.rank || this.wrappers[i2 - 1].to - wrap.to) < 0)
              i2--;
            this.wrappers.splice(i2, 0, wrap);
          }
        this.wrapperPos = this.pos;
      }
      getBlockPos() {
        var _a2;
        this.updateBlockWrappers();
        let parent2 = this.root;
        for (let wrap of this.wrappers) {
          let last2 = parent2.lastChild;
          if (wrap.from < this.pos && last2 instanceof BlockWrapperTile && last2.wrapper.eq(wrap.wrapper)) {
            parent2 = last2;
          } else {
            let tile = BlockWrapperTile.of(wrap.wrapper, (_a2 = this.cache.find(BlockWrapperTile, (t3) => t3.wrapper.eq(wrap.wrapper))) === null || _a2 === void 0 ? void 0 : _a2.dom);
            parent2.append(tile);
            parent2 = tile;
          }
        }
        return parent2;
      }
      blockPosCovered() {
        let last2 = this.lastBlock;
        return last2 != null && !last2.breakAfter && (!last2.isWidget() || (last2.flags & (32 | 128)) > 0);
      }
      getBuffer(side) {
        let flags = 2 | (side < 0 ? 16 : 32);
        let found = this.cache.find(
          WidgetBufferTile,
          void 0,
          1
          /* Reused.Full */
        );
        if (found)
          found.flags = flags;
        return found || new WidgetBufferTile(flags);
      }
      flushBuffer() {
        if (this.afterWidget && !(this.afterWidget.flags & 32)) {
          this.afterWidget.parent.append(this.getBuffer(-1));
          this.afterWidget = null;
        }
      }
    };
    TextStream = class {
      constructor(doc2) {
        this.skipCount = 0;
        this.text = "";
        this.textOff = 0;
        this.cursor = doc2.iter();
      }
      skip(len) {
        if (this.textOff + len <= this.text.length) {
          this.textOff += len;
        } else {
          this.skipCount += len - (this.text.length - this.textOff);
          this.text = "";
          this.textOff = 0;
        }
      }
      next(maxLen) {
        if (this.textOff == this.text.length) {
          let { value, lineBreak, done } = this.cursor.next(this.skipCount);
          this.skipCount = 0;
          if (done)
            throw new Error("Ran out of text content when drawing inline views");
          this.text = value;
          let len = this.textOff = Math.min(maxLen, value.length);
          return lineBreak ? null : value.slice(0, len);
        }
        let end = Math.min(this.text.length, this.textOff + maxLen);
        let chars = this.text.slice(this.textOff, end);
        this.textOff = end;
        return chars;
      }
    };
    buckets = [WidgetTile, LineTile, TextTile, MarkTile, WidgetBufferTile, BlockWrapperTile, DocTile];
    for (let i2 = 0; i2 < buckets.length; i2++)
      buckets[i2].bucket = i2;
    TileCache = class {
      constructor(view) {
        this.view = view;
        this.buckets = buckets.map(() => []);
        this.index = buckets.map(() => 0);
        this.reused = /* @__PURE__ */ new Map();
        this.dir = 1;
      }
      // Put a tile in the cache.
      add(tile) {
        let i2 = tile.constructor.bucket, bucket = this.buckets[i2];
        if (bucket.length < 6)
          bucket.push(tile);
        else
          bucket[
            this.index[i2] = (this.index[i2] + 1) % 6
            /* C.Bucket */
          ] = tile;
      }
      find(cls, test, type = 2) {
        let i2 = cls.bucket;
        let bucket = this.buckets[i2], off = this.index[i2];
        let [start, end, step] = this.dir > 0 ? [0, bucket.length, 1] : [bucket.length - 1, -1, -1];
        for (let j = start; j != end; j += step) {
          let index = (j + off) % bucket.length, tile = bucket[index];
          if ((!test || test(tile)) && !this.reused.has(tile)) {
            bucket.splice(index, 1);
            if (index < off)
              this.index[i2]--;
            this.reused.set(tile, type);
            return tile;
          }
        }
        return null;
      }
      findWidget(widget, length, flags) {
        let widgets = this.buckets[0];
        if (widgets.length)
          for (let i2 = 0, pass = 0; ; i2++) {
            if (i2 == widgets.length) {
              if (pass)
                return null;
              pass = 1;
              i2 = 0;
            }
            let tile = widgets[i2];
            if (!this.reused.has(tile) && (pass == 0 ? tile.widget.compare(widget) : tile.widget.constructor == widget.constructor && widget.updateDOM(tile.dom, this.view, tile.widget))) {
              widgets.splice(i2, 1);
              if (i2 < this.index[0])
                this.index[0]--;
              if (tile.widget == widget && tile.length == length && (tile.flags & (496 | 1)) == flags) {
                this.reused.set(
                  tile,
                  1
                  /* Reused.Full */
                );
                return tile;
              } else {
                this.reused.set(
                  tile,
                  2
                  /* Reused.DOM */
                );
                return new WidgetTile(tile.dom, length, widget, tile.flags & -498 | flags);
              }
            }
          }
      }
      reuse(tile) {
        this.reused.set(
          tile,
          1
          /* Reused.Full */
        );
        return tile;
      }
      maybeReuse(tile, type = 2) {
        if (this.reused.has(tile))
          return void 0;
        this.reused.set(tile, type);
        return tile.dom;
      }
      clear() {
        for (let i2 = 0; i2 < this.buckets.length; i2++)
          this.buckets[i2].length = this.index[i2] = 0;
      }
    };
    TileUpdate = class {
      constructor(view, old, blockWrappers2, decorations2, disallowBlockEffectsFor) {
        this.view = view;
        this.decorations = decorations2;
        this.disallowBlockEffectsFor = disallowBlockEffectsFor;
        this.openWidget = false;
        this.openMarks = 0;
        this.cache = new TileCache(view);
        this.text = new TextStream(view.state.doc);
        this.builder = new TileBuilder(this.cache, new DocTile(view, view.contentDOM), RangeSet.iter(blockWrappers2));
        this.cache.reused.set(
          old,
          2
          /* Reused.DOM */
        );
        this.old = new TilePointer(old);
        this.reuseWalker = {
          skip: (tile, from, to) => {
            this.cache.add(tile);
            if (tile.isComposite())
              return false;
          },
          enter: (tile) => this.cache.add(tile),
          leave: () => {
          },
          break: () => {
          }
        };
      }
      run(changes, composition) {
        let compositionContext = composition && this.getCompositionContext(composition.text);
        for (let posA = 0, posB = 0, i2 = 0; ; ) {
          let next = i2 < changes.length ? changes[i2++] : null;
          let skipA = next ? next.fromA : this.old.root.length;
          if (skipA > posA) {
            let len = skipA - posA;
            this.cache.dir = -1;
            this.preserve(len, !i2, !next);
            this.cache.dir = 1;
            posA = skipA;
            posB += len;
          }
          if (!next)
            break;
          if (composition && next.fromA <= composition.range.fromA && next.toA >= composition.range.toA) {
            this.forward(next.fromA, composition.range.fromA, composition.range.fromA < composition.range.toA ? 1 : -1);
            this.emit(posB, composition.range.fromB);
            this.builder.flushBuffer();
            this.cache.clear();
            this.builder.addComposition(composition, compositionContext);
            this.text.skip(composition.range.toB - composition.range.fromB);
            this.forward(composition.range.fromA, next.toA);
            this.emit(composition.range.toB, next.toB);
          } else {
            this.forward(next.fromA, next.toA);
            this.emit(posB, next.toB);
          }
          posB = next.toB;
          posA = next.toA;
        }
        if (this.builder.curLine)
          this.builder.endLine();
        return this.builder.root;
      }
      preserve(length, incStart, incEnd) {
        let activeMarks = getMarks(this.old), openMarks = this.openMarks;
        this.old.advance(length, incEnd ? 1 : -1, {
          skip: (tile, from, to) => {
            if (tile.isWidget()) {
              if (this.openWidget) {
                this.builder.continueWidget(to - from);
              } else {
                let widget = to > 0 || from < tile.length ? WidgetTile.of(tile.widget, this.view, to - from, tile.flags & 496, this.cache.maybeReuse(tile)) : this.cache.reuse(tile);
                if (widget.flags & 256) {
                  widget.flags &= -2;
                  this.builder.addBlockWidget(widget);
                } else {
                  this.builder.ensureLine(null);
                  this.builder.addInlineWidget(widget, activeMarks, openMarks);
                  openMarks = activeMarks.length;
                }
              }
            } else if (tile.isText()) {
              this.builder.ensureLine(null);
              if (!from && to == tile.length && !this.cache.reused.has(tile)) {
                this.builder.addText(tile.text, activeMarks, openMarks, this.cache.reuse(tile));
              } else {
                this.cache.add(tile);
                this.builder.addText(tile.text.slice(from, to), activeMarks, openMarks);
              }
              openMarks = activeMarks.length;
            } else if (tile.isLine()) {
              tile.flags &= -2;
              this.cache.reused.set(
                tile,
                1
                /* Reused.Full */
              );
              this.builder.addLine(tile);
            } else if (tile instanceof WidgetBufferTile) {
              this.cache.add(tile);
            } else if (tile instanceof MarkTile) {
              this.builder.ensureLine(null);
              this.builder.addMark(tile, activeMarks, openMarks);
              this.cache.reused.set(
                tile,
                1
                /* Reused.Full */
              );
              openMarks = activeMarks.length;
            } else {
              return false;
            }
            this.openWidget = false;
          },
          enter: (tile) => {
            if (tile.isLine()) {
              this.builder.addLineStart(tile.attrs, this.cache.maybeReuse(tile));
            } else {
              this.cache.add(tile);
              if (tile instanceof MarkTile)
                activeMarks.unshift(tile.mark);
            }
            this.openWidget = false;
          },
          leave: (tile) => {
            if (tile.isLine()) {
              if (activeMarks.length)
                activeMarks.length = openMarks = 0;
            } else if (tile instanceof MarkTile) {
              activeMarks.shift();
              openMarks = Math.min(openMarks, activeMarks.length);
            }
          },
          break: () => {
            this.builder.addBreak();
            this.openWidget = false;
          }
        });
        this.text.skip(length);
      }
      emit(from, to) {
        let pendingLineAttrs = null;
        let b = this.builder, markCount = -1;
        let openEnd = RangeSet.spans(this.decorations, from, to, {
          point: (from2, to2, deco, active2, openStart, index) => {
            if (deco instanceof PointDecoration) {
              if (this.disallowBlockEffectsFor[index]) {
                if (deco.block)
                  throw new RangeError("Block decorations may not be specified via plugins");
                if (to2 > this.view.state.doc.lineAt(from2).to)
                  throw new RangeError("Decorations that replace line breaks may not be specified via plugins");
              }
              markCount = active2.length;
              if (openStart > active2.length) {
                b.continueWidget(to2 - from2);
              } else {
                let widget = deco.widget || (deco.block ? NullWidget.block : NullWidget.inline);
                let flags = widgetFlags(deco);
                let tile = this.cache.findWidget(widget, to2 - from2, flags) || WidgetTile.of(widget, this.view, to2 - from2, flags);
                if (deco.block) {
                  if (deco.startSide > 0)
                    b.addLineStartIfNotCovered(pendingLineAttrs);
                  b.addBlockWidget(tile);
                } else {
                  b.ensureLine(pendingLineAttrs);
                  b.addInlineWidget(tile, active2, openStart);
                }
              }
              pendingLineAttrs = null;
            } else {
              pendingLineAttrs = addLineDeco(pendingLineAttrs, deco);
            }
            if (to2 > from2)
              this.text.skip(to2 - from2);
          },
          span: (from2, to2, active2, openStart) => {
            for (let pos = from2; pos < to2; ) {
              let chars = this.text.next(Math.min(512, to2 - pos));
              if (chars == null) {
                b.addLineStartIfNotCovered(pendingLineAttrs);
                b.addBreak();
                pos++;
              } else {
                b.ensureLine(pendingLineAttrs);
                b.addText(chars, active2, pos == from2 ? openStart : active2.length);
                pos += chars.length;
              }
              pendingLineAttrs = null;
            }
            markCount = active2.length;
          }
        });
        if (markCount > -1)
          this.openWidget = openEnd > markCount;
        if (!this.openWidget)
          b.addLineStartIfNotCovered(pendingLineAttrs);
        this.openMarks = openEnd;
      }
      forward(from, to, side = 1) {
        if (to - from <= 10) {
          this.old.advance(to - from, side, this.reuseWalker);
        } else {
          this.old.advance(5, -1, this.reuseWalker);
          this.old.advance(to - from - 10, -1);
          this.old.advance(5, side, this.reuseWalker);
        }
      }
      getCompositionContext(text) {
        let marks2 = [], line = null;
        for (let parent2 = text.parentNode; ; parent2 = parent2.parentNode) {
          let tile = Tile.get(parent2);
          if (parent2 == this.view.contentDOM)
            break;
          if (tile instanceof MarkTile)
            marks2.push(tile);
          else if (tile === null || tile === void 0 ? void 0 : tile.isLine())
            line = tile;
          else if (tile instanceof BlockWrapperTile) ;
          else if (parent2.nodeName == "DIV" && !line)
            line = new LineTile(parent2, lineBaseAttrs);
          else if (!line)
            marks2.push(MarkTile.of(new MarkDecoration({ tagName: parent2.nodeName.toLowerCase(), attributes: getAttrs(parent2) }), parent2));
        }
        if (!line)
          return null;
        return { line, marks: marks2 };
      }
    };
    lineBaseAttrs = { class: "cm-line" };
    NullWidget = class extends WidgetType {
      constructor(tag) {
        super();
        this.tag = tag;
      }
      eq(other) {
        return other.tag == this.tag;
      }
      toDOM() {
        return document.createElement(this.tag);
      }
      updateDOM(elt) {
        return elt.nodeName.toLowerCase() == this.tag;
      }
      get isHidden() {
        return true;
      }
    };
    NullWidget.inline = /* @__PURE__ */ new NullWidget("span");
    NullWidget.block = /* @__PURE__ */ new NullWidget("div");
    BreakWidget = /* @__PURE__ */ new class extends WidgetType {
      toDOM() {
        return document.createElement("br");
      }
      get isHidden() {
        return true;
      }
      get editable() {
        return true;
      }
    }();
    DocView = class {
      constructor(view) {
        this.view = view;
        this.decorations = [];
        this.blockWrappers = [];
        this.dynamicDecorationMap = [false];
        this.domChanged = null;
        this.hasComposition = null;
        this.editContextFormatting = Decoration.none;
        this.lastCompositionAfterCursor = false;
        this.minWidth = 0;
        this.minWidthFrom = 0;
        this.minWidthTo = 0;
        this.impreciseAnchor = null;
        this.impreciseHead = null;
        this.forceSelection = false;
        this.lastUpdate = Date.now();
        this.updateDeco();
        this.tile = new DocTile(view, view.contentDOM);
        this.updateInner([new ChangedRange(0, 0, 0, view.state.doc.length)], null);
      }
      // Update the document view to a given state.
      update(update2) {
        var _a2;
        let changedRanges = update2.changedRanges;
        if (this.minWidth > 0 && changedRanges.length) {
          if (!changedRanges.every(({ fromA, toA }) => toA < this.minWidthFrom || fromA > this.minWidthTo)) {
            this.minWidth = this.minWidthFrom = this.minWidthTo = 0;
          } else {
            this.minWidthFrom = update2.changes.mapPos(this.minWidthFrom, 1);
            this.minWidthTo = update2.changes.mapPos(this.minWidthTo, 1);
          }
        }
        this.updateEditContextFormatting(update2);
        let readCompositionAt = -1;
        if (this.view.inputState.composing >= 0 && !this.view.observer.editContext) {
          if ((_a2 = this.domChanged) === null || _a2 === void 0 ? void 0 : _a2.newSel)
            readCompositionAt = this.domChanged.newSel.head;
          else if (!touchesComposition(update2.changes, this.hasComposition) && !update2.selectionSet)
            readCompositionAt = update2.state.selection.main.head;
        }
        let composition = readCompositionAt > -1 ? findCompositionRange(this.view, update2.changes, readCompositionAt) : null;
        this.domChanged = null;
        if (this.hasComposition) {
          let { from, to } = this.hasComposition;
          changedRanges = new ChangedRange(from, to, update2.changes.mapPos(from, -1), update2.changes.mapPos(to, 1)).addToSet(changedRanges.slice());
        }
        this.hasComposition = composition ? { from: composition.range.fromB, to: composition.range.toB } : null;
        if ((browser.ie || browser.chrome) && !composition && update2 && update2.state.doc.lines != update2.startState.doc.lines)
          this.forceSelection = true;
        let prevDeco = this.decorations, prevWrappers = this.blockWrappers;
        this.updateDeco();
        let decoDiff = findChangedDeco(prevDeco, this.decorations, update2.changes);
        if (decoDiff.length)
          changedRanges = ChangedRange.extendWithRanges(changedRanges, decoDiff);
        let blockDiff = findChangedWrappers(prevWrappers, this.blockWrappers, update2.changes);
        if (blockDiff.length)
          changedRanges = ChangedRange.extendWithRanges(changedRanges, blockDiff);
        if (composition && !changedRanges.some((r) => r.fromA <= composition.range.fromA && r.toA >= composition.range.toA))
          changedRanges = composition.range.addToSet(changedRanges.slice());
        if (this.tile.flags & 2 && changedRanges.length == 0) {
          return false;
        } else {
          this.updateInner(changedRanges, composition);
          if (update2.transactions.length)
            this.lastUpdate = Date.now();
          return true;
        }
      }
      // Used by update and the constructor do perform the actual DOM
      // update
      updateInner(changes, composition) {
        this.view.viewState.setMustMeasure();
        let { observer } = this.view;
        observer.ignore(() => {
          if (composition || changes.length) {
            let oldTile = this.tile;
            let builder = new TileUpdate(this.view, oldTile, this.blockWrappers, this.decorations, this.dynamicDecorationMap);
            if (composition && Tile.get(composition.text))
              builder.cache.reused.set(
                Tile.get(composition.text),
                2
                /* Reused.DOM */
              );
            this.tile = builder.run(changes, composition);
            destroyDropped(oldTile, builder.cache.reused);
          }
          this.tile.dom.style.height = this.view.viewState.contentHeight / this.view.scaleY + "px";
          this.tile.dom.style.flexBasis = this.minWidth ? this.minWidth + "px" : "";
          let track = browser.chrome || browser.ios ? { node: observer.selectionRange.focusNode, written: false } : void 0;
          this.tile.sync(track);
          if (track && (track.written || observer.selectionRange.focusNode != track.node || !this.tile.dom.contains(track.node)))
            this.forceSelection = true;
          this.tile.dom.style.height = "";
        });
        let gaps = [];
        if (this.view.viewport.from || this.view.viewport.to < this.view.state.doc.length) {
          for (let child of this.tile.children)
            if (child.isWidget() && child.widget instanceof BlockGapWidget)
              gaps.push(child.dom);
        }
        observer.updateGaps(gaps);
      }
      updateEditContextFormatting(update2) {
        this.editContextFormatting = this.editContextFormatting.map(update2.changes);
        for (let tr of update2.transactions)
          for (let effect of tr.effects)
            if (effect.is(setEditContextFormatting)) {
              this.editContextFormatting = effect.value;
            }
      }
      // Sync the DOM selection to this.state.selection
      updateSelection(mustRead = false, fromPointer = false) {
        let { view } = this;
        if (mustRead || !view.observer.selectionRange.focusNode)
          view.observer.readSelectionRange();
        let { dom } = this.tile;
        let activeElt = view.root.activeElement, focused = activeElt == dom;
        let selectionNotFocus = !focused && !(view.state.facet(editable) || dom.tabIndex > -1) && hasSelection(dom, view.observer.selectionRange) && !(activeElt && dom.contains(activeElt));
        if (!(focused || fromPointer || selectionNotFocus))
          return;
        if (view.inputState.androidSelection > -1) {
          view.inputState.androidSelectionNeedsFlush = true;
          return;
        }
        let force = this.forceSelection;
        this.forceSelection = false;
        let main2 = view.state.selection.main, anchor, head;
        if (main2.empty) {
          head = anchor = this.inlineDOMNearPos(main2.anchor, main2.assoc || 1);
        } else {
          head = this.inlineDOMNearPos(main2.head, main2.head == main2.from ? 1 : -1);
          anchor = this.inlineDOMNearPos(main2.anchor, main2.anchor == main2.from ? 1 : -1);
        }
        if (browser.gecko && main2.empty && !this.hasComposition && betweenUneditable(anchor)) {
          let dummy = document.createTextNode("");
          view.observer.ignore(() => anchor.node.insertBefore(dummy, anchor.node.childNodes[anchor.offset] || null));
          anchor = head = new DOMPos(dummy, 0);
          force = true;
        }
        let domSel = view.observer.selectionRange;
        if (force || !domSel.focusNode || (!isEquivalentPosition(anchor.node, anchor.offset, domSel.anchorNode, domSel.anchorOffset) || !isEquivalentPosition(head.node, head.offset, domSel.focusNode, domSel.focusOffset)) && !this.suppressWidgetCursorChange(domSel, main2)) {
          view.observer.ignore(() => {
            if (browser.android && browser.chrome && dom.contains(domSel.focusNode) && inUneditable(domSel.focusNode, dom)) {
              dom.blur();
              dom.focus({ preventScroll: true });
            }
            let rawSel = getSelection(view.root);
            if (!rawSel) ;
            else if (main2.empty) {
              if (browser.gecko) {
                let nextTo = nextToUneditable(anchor.node, anchor.offset);
                if (nextTo && nextTo != (1 | 2)) {
                  let text = (nextTo == 1 ? textNodeBefore : textNodeAfter)(anchor.node, anchor.offset);
                  if (text)
                    anchor = new DOMPos(text.node, text.offset);
                }
              }
              rawSel.collapse(anchor.node, anchor.offset);
              if (main2.bidiLevel != null && rawSel.caretBidiLevel !== void 0)
                rawSel.caretBidiLevel = main2.bidiLevel;
            } else if (rawSel.extend) {
              rawSel.collapse(anchor.node, anchor.offset);
              try {
                rawSel.extend(head.node, head.offset);
              } catch (_) {
              }
            } else {
              let range = document.createRange();
              if (main2.anchor > main2.head)
                [anchor, head] = [head, anchor];
              range.setEnd(head.node, head.offset);
              range.setStart(anchor.node, anchor.offset);
              rawSel.removeAllRanges();
              rawSel.addRange(range);
            }
            if (selectionNotFocus && view.root.activeElement == dom) {
              dom.blur();
              if (activeElt)
                activeElt.focus();
            }
          });
          view.observer.setSelectionRange(anchor, head);
        }
        this.impreciseAnchor = anchor.precise ? null : new DOMPos(domSel.anchorNode, domSel.anchorOffset);
        this.impreciseHead = head.precise ? null : new DOMPos(domSel.focusNode, domSel.focusOffset);
      }
      // If a zero-length widget is inserted next to the cursor during
      // composition, avoid moving it across it and disrupting the
      // composition.
      suppressWidgetCursorChange(sel, cursor) {
        return this.hasComposition && cursor.empty && isEquivalentPosition(sel.focusNode, sel.focusOffset, sel.anchorNode, sel.anchorOffset) && this.posFromDOM(sel.focusNode, sel.focusOffset) == cursor.head;
      }
      enforceCursorAssoc() {
        if (this.hasComposition)
          return;
        let { view } = this, cursor = view.state.selection.main;
        let sel = getSelection(view.root);
        let { anchorNode, anchorOffset } = view.observer.selectionRange;
        if (!sel || !cursor.empty || !cursor.assoc || !sel.modify)
          return;
        let line = this.lineAt(cursor.head, cursor.assoc);
        if (!line)
          return;
        let lineStart = line.posAtStart;
        if (cursor.head == lineStart || cursor.head == lineStart + line.length)
          return;
        let before = this.coordsAt(cursor.head, -1), after = this.coordsAt(cursor.head, 1);
        if (!before || !after || before.bottom > after.top)
          return;
        let dom = this.domAtPos(cursor.head + cursor.assoc, cursor.assoc);
        sel.collapse(dom.node, dom.offset);
        sel.modify("move", cursor.assoc < 0 ? "forward" : "backward", "lineboundary");
        view.observer.readSelectionRange();
        let newRange = view.observer.selectionRange;
        if (view.docView.posFromDOM(newRange.anchorNode, newRange.anchorOffset) != cursor.from)
          sel.collapse(anchorNode, anchorOffset);
      }
      posFromDOM(node, offset) {
        let tile = this.tile.nearest(node);
        if (!tile)
          return this.tile.dom.compareDocumentPosition(node) & 2 ? 0 : this.view.state.doc.length;
        let start = tile.posAtStart;
        if (tile.isComposite()) {
          let after;
          if (node == tile.dom) {
            after = tile.dom.childNodes[offset];
          } else {
            let bias = maxOffset(node) == 0 ? 0 : offset == 0 ? -1 : 1;
            for (; ; ) {
              let parent2 = node.parentNode;
              if (parent2 == tile.dom)
                break;
              if (bias == 0 && parent2.firstChild != parent2.lastChild) {
                if (node == parent2.firstChild)
                  bias = -1;
                else
                  bias = 1;
              }
              node = parent2;
            }
            if (bias < 0)
              after = node;
            else
              after = node.nextSibling;
          }
          if (after == tile.dom.firstChild)
            return start;
          while (after && !Tile.get(after))
            after = after.nextSibling;
          if (!after)
            return start + tile.length;
          for (let i2 = 0, pos = start; ; i2++) {
            let child = tile.children[i2];
            if (child.dom == after)
              return pos;
            pos += child.length + child.breakAfter;
          }
        } else if (tile.isText()) {
          return node == tile.dom ? start + offset : start + (offset ? tile.length : 0);
        } else {
          return start;
        }
      }
      domAtPos(pos, side) {
        let { tile, offset } = this.tile.resolveBlock(pos, side);
        if (tile.isWidget())
          return tile.domPosFor(offset, side);
        return tile.domIn(offset, side);
      }
      inlineDOMNearPos(pos, side) {
        let before, beforeOff = -1, beforeBad = false;
        let after, afterOff = -1, afterBad = false;
        this.tile.blockTiles((tile, off) => {
          if (tile.isWidget()) {
            if (tile.flags & 32 && off >= pos)
              return true;
            if (tile.flags & 16)
              beforeBad = true;
          } else {
            let end = off + tile.length;
            if (off <= pos) {
              before = tile;
              beforeOff = pos - off;
              beforeBad = end < pos;
            }
            if (end >= pos && !after) {
              after = tile;
              afterOff = pos - off;
              afterBad = off > pos;
            }
            if (off > pos && after)
              return true;
          }
        });
        if (!before && !after)
          return this.domAtPos(pos, side);
        if (beforeBad && after)
          before = null;
        else if (afterBad && before)
          after = null;
        return before && side < 0 || !after ? before.domIn(beforeOff, side) : after.domIn(afterOff, side);
      }
      // Get the coord of the element at the given side of the given
      // position. If rtl is given, flatten it using that text direction.
      coordsAt(pos, side, rtl) {
        let { tile, offset } = this.tile.resolveBlock(pos, side);
        if (tile.isWidget()) {
          if (tile.widget instanceof BlockGapWidget)
            return null;
          return tile.coordsInWidget(offset, side, true);
        }
        return tile.coordsIn(offset, side, rtl);
      }
      lineAt(pos, side) {
        let { tile } = this.tile.resolveBlock(pos, side);
        return tile.isLine() ? tile : null;
      }
      coordsForChar(pos) {
        let { tile, offset } = this.tile.resolveBlock(pos, 1);
        if (!tile.isLine())
          return null;
        function scan(tile2, offset2) {
          if (tile2.isComposite()) {
            for (let ch of tile2.children) {
              if (ch.length >= offset2) {
                let found = scan(ch, offset2);
                if (found)
                  return found;
              }
              offset2 -= ch.length;
              if (offset2 < 0)
                break;
            }
          } else if (tile2.isText() && offset2 < tile2.length) {
            let end = findClusterBreak2(tile2.text, offset2);
            if (end == offset2)
              return null;
            let rects = textRange(tile2.dom, offset2, end).getClientRects();
            for (let i2 = 0; i2 < rects.length; i2++) {
              let rect = rects[i2];
              if (i2 == rects.length - 1 || rect.top < rect.bottom && rect.left < rect.right)
                return rect;
            }
          }
          return null;
        }
        return scan(tile, offset);
      }
      // Returns an array of line heights in the given range, possibly
      // prefixed by a negative number indicating the extra space above
      // the line.
      measureVisibleLineHeights(viewport) {
        let result = [], { from, to } = viewport;
        let contentWidth = this.view.contentDOM.clientWidth;
        let isWider = contentWidth > Math.max(this.view.scrollDOM.clientWidth, this.minWidth) + 1;
        let widest = -1, ltr = this.view.textDirection == Direction.LTR;
        let spaceAbove = 0;
        let scan = (tile, pos, measureBounds) => {
          for (let i2 = 0; i2 < tile.children.length; i2++) {
            if (pos > to)
              break;
            let child = tile.children[i2], end = pos + child.length;
            let childRect = child.dom.getBoundingClientRect(), { height } = childRect;
            if (measureBounds && !i2)
              spaceAbove += childRect.top - measureBounds.top;
            if (child instanceof BlockWrapperTile) {
              if (end > from)
                scan(child, pos, childRect);
            } else if (pos >= from) {
              if (spaceAbove > 0)
                result.push(-spaceAbove);
              result.push(height + spaceAbove);
              spaceAbove = 0;
              if (isWider) {
                let last2 = child.dom.lastChild;
                let rects = last2 ? clientRectsFor(last2) : [];
                if (rects.length) {
                  let rect = rects[rects.length - 1];
                  let width = ltr ? rect.right - childRect.left : childRect.right - rect.left;
                  if (width > widest) {
                    widest = width;
                    this.minWidth = contentWidth;
                    this.minWidthFrom = pos;
                    this.minWidthTo = end;
                  }
                }
              }
            }
            if (measureBounds && i2 == tile.children.length - 1)
              spaceAbove += measureBounds.bottom - childRect.bottom;
            pos = end + child.breakAfter;
          }
        };
        scan(this.tile, 0, null);
        return result;
      }
      textDirectionAt(pos) {
        let { tile } = this.tile.resolveBlock(pos, 1);
        return getComputedStyle(tile.dom).direction == "rtl" ? Direction.RTL : Direction.LTR;
      }
      measureTextSize() {
        let lineMeasure = this.tile.blockTiles((tile) => {
          if (tile.isLine() && tile.children.length && tile.length <= 20) {
            let totalWidth = 0, textHeight2;
            for (let child of tile.children) {
              if (!child.isText() || /[^ -~]/.test(child.text))
                return void 0;
              let rects = clientRectsFor(child.dom);
              if (rects.length != 1)
                return void 0;
              totalWidth += rects[0].width;
              textHeight2 = rects[0].height;
            }
            if (totalWidth)
              return {
                lineHeight: tile.dom.getBoundingClientRect().height,
                charWidth: totalWidth / tile.length,
                textHeight: textHeight2
              };
          }
        });
        if (lineMeasure)
          return lineMeasure;
        let dummy = document.createElement("div"), lineHeight, charWidth, textHeight;
        dummy.className = "cm-line";
        dummy.style.width = "99999px";
        dummy.style.position = "absolute";
        dummy.textContent = "abc def ghi jkl mno pqr stu";
        this.view.observer.ignore(() => {
          this.tile.dom.appendChild(dummy);
          let rect = clientRectsFor(dummy.firstChild)[0];
          lineHeight = dummy.getBoundingClientRect().height;
          charWidth = rect && rect.width ? rect.width / 27 : 7;
          textHeight = rect && rect.height ? rect.height : lineHeight;
          dummy.remove();
        });
        return { lineHeight, charWidth, textHeight };
      }
      computeBlockGapDeco() {
        let deco = [], vs = this.view.viewState;
        for (let pos = 0, i2 = 0; ; i2++) {
          let next = i2 == vs.viewports.length ? null : vs.viewports[i2];
          let end = next ? next.from - 1 : this.view.state.doc.length;
          if (end > pos) {
            let height = (vs.lineBlockAt(end).bottom - vs.lineBlockAt(pos).top) / this.view.scaleY;
            deco.push(Decoration.replace({
              widget: new BlockGapWidget(height),
              block: true,
              inclusive: true,
              isBlockGap: true
            }).range(pos, end));
          }
          if (!next)
            break;
          pos = next.to + 1;
        }
        return Decoration.set(deco);
      }
      updateDeco() {
        let i2 = 1;
        let allDeco = this.view.state.facet(decorations).map((d) => {
          let dynamic = this.dynamicDecorationMap[i2++] = typeof d == "function";
          return dynamic ? d(this.view) : d;
        });
        let dynamicOuter = false, outerDeco = this.view.state.facet(outerDecorations).map((d, i3) => {
          let dynamic = typeof d == "function";
          if (dynamic)
            dynamicOuter = true;
          return dynamic ? d(this.view) : d;
        });
        if (outerDeco.length) {
          this.dynamicDecorationMap[i2++] = dynamicOuter;
          allDeco.push(RangeSet.join(outerDeco));
        }
        this.decorations = [
          this.editContextFormatting,
          ...allDeco,
          this.computeBlockGapDeco(),
          this.view.viewState.lineGapDeco
        ];
        while (i2 < this.decorations.length)
          this.dynamicDecorationMap[i2++] = false;
        this.blockWrappers = this.view.state.facet(blockWrappers).map((v) => typeof v == "function" ? v(this.view) : v);
      }
      scrollIntoView(target) {
        if (target.isSnapshot) {
          let ref = this.view.viewState.lineBlockAt(target.range.head);
          this.view.scrollDOM.scrollTop = ref.top - target.yMargin;
          this.view.scrollDOM.scrollLeft = target.xMargin;
          return;
        }
        for (let handler of this.view.state.facet(scrollHandler)) {
          try {
            if (handler(this.view, target.range, target))
              return true;
          } catch (e) {
            logException(this.view.state, e, "scroll handler");
          }
        }
        let { range } = target;
        let rect = this.coordsAt(range.head, range.assoc || (range.head > range.anchor ? -1 : 1)), other;
        if (!rect)
          return;
        if (!range.empty && (other = this.coordsAt(range.anchor, range.anchor > range.head ? -1 : 1)))
          rect = {
            left: Math.min(rect.left, other.left),
            top: Math.min(rect.top, other.top),
            right: Math.max(rect.right, other.right),
            bottom: Math.max(rect.bottom, other.bottom)
          };
        let { offsetWidth, offsetHeight } = this.view.scrollDOM;
        scrollRectIntoView(this.view.scrollDOM, rect, getCoveredMargins(this.view), range.head < range.anchor ? -1 : 1, target.x, target.y, Math.max(Math.min(target.xMargin, offsetWidth), -offsetWidth), Math.max(Math.min(target.yMargin, offsetHeight), -offsetHeight), this.view.textDirection == Direction.LTR);
        if (window.visualViewport && window.innerHeight - window.visualViewport.height > 1 && (rect.top > window.visualViewport.offsetTop + window.visualViewport.height || rect.bottom < window.visualViewport.offsetTop)) {
          let line = this.view.docView.lineAt(range.head, 1);
          if (line) {
            let stack = getScrollStack(line.dom);
            line.dom.scrollIntoView({ block: "nearest" });
            restoreScrollStack(stack, false);
          }
        }
      }
      lineHasWidget(pos) {
        let scan = (child) => child.isWidget() || child.children.some(scan);
        return scan(this.tile.resolveBlock(pos, 1).tile);
      }
      destroy() {
        destroyDropped(this.tile);
      }
    };
    DecorationComparator$1 = class DecorationComparator {
      constructor() {
        this.changes = [];
      }
      compareRange(from, to) {
        addRange(from, to, this.changes);
      }
      comparePoint(from, to) {
        addRange(from, to, this.changes);
      }
      boundChange(pos) {
        addRange(pos, pos, this.changes);
      }
    };
    WrapperComparator = class {
      constructor() {
        this.changes = [];
      }
      compareRange(from, to) {
        addRange(from, to, this.changes);
      }
      comparePoint() {
      }
      boundChange(pos) {
        addRange(pos, pos, this.changes);
      }
    };
    BlockGapWidget = class extends WidgetType {
      constructor(height) {
        super();
        this.height = height;
      }
      toDOM() {
        let elt = document.createElement("div");
        elt.className = "cm-gap";
        this.updateDOM(elt);
        return elt;
      }
      eq(other) {
        return other.height == this.height;
      }
      updateDOM(elt) {
        elt.style.height = this.height + "px";
        return true;
      }
      get editable() {
        return true;
      }
      get estimatedHeight() {
        return this.height;
      }
      ignoreEvent() {
        return false;
      }
    };
    PosAssoc = class {
      constructor(pos, assoc) {
        this.pos = pos;
        this.assoc = assoc;
      }
    };
    InlineCoordsScan = class {
      constructor(view, x, y, baseDir) {
        this.view = view;
        this.x = x;
        this.y = y;
        this.baseDir = baseDir;
        this.line = null;
        this.spans = null;
      }
      bidiSpansAt(pos) {
        if (!this.line || this.line.from > pos || this.line.to < pos) {
          this.line = this.view.state.doc.lineAt(pos);
          this.spans = this.view.bidiSpans(this.line);
        }
        return this;
      }
      baseDirAt(pos, side) {
        let { line, spans } = this.bidiSpansAt(pos);
        let level = spans[BidiSpan.find(spans, pos - line.from, -1, side)].level;
        return level == this.baseDir;
      }
      dirAt(pos, side) {
        let { line, spans } = this.bidiSpansAt(pos);
        return spans[BidiSpan.find(spans, pos - line.from, -1, side)].dir;
      }
      // Used to short-circuit bidi tests for content with a uniform direction
      bidiIn(from, to) {
        let { spans, line } = this.bidiSpansAt(from);
        return spans.length > 1 || spans.length && (spans[0].level != this.baseDir || spans[0].to + line.from < to);
      }
      // Scan through the rectangles for the content of a tile with inline
      // content, looking for one that overlaps the queried position
      // vertically and is closest horizontally. The caller is responsible
      // for dividing its content into N pieces, and pass an array with
      // N+1 positions (including the position after the last piece). For
      // a text tile, these will be character clusters, for a composite
      // tile, these will be child tiles.
      scan(positions, getRects, recursed = false) {
        let lo = 0, hi = positions.length - 1, seen = /* @__PURE__ */ new Set();
        let bidi = this.bidiIn(positions[0], positions[hi]);
        let above, below;
        let closestI = -1, closestDx = 1e9, closestRect;
        search: while (lo < hi) {
          let dist2 = hi - lo, mid = lo + hi >> 1;
          adjust: if (seen.has(mid)) {
            for (let i2 = 1; i2 < dist2; i2++) {
              let scan = mid + i2;
              if (scan >= hi)
                scan -= dist2;
              if (!seen.has(scan)) {
                mid = scan;
                break adjust;
              }
            }
            break search;
          }
          seen.add(mid);
          let rects = getRects(mid), side = 0;
          if (rects)
            for (let i2 = 0; i2 < rects.length; i2++) {
              let rect = rects[i2];
              if (rect.width == 0 && rects.length > 1)
                continue;
              if (rect.bottom < this.y) {
                if (!above || above.bottom < rect.bottom)
                  above = rect;
                side = 1;
              } else if (rect.top > this.y) {
                if (!below || below.top > rect.top)
                  below = rect;
                side = -1;
              } else {
                let off = rect.left > this.x ? this.x - rect.left : rect.right < this.x ? this.x - rect.right : 0;
                let dx = Math.abs(off);
                if (dx < closestDx) {
                  closestI = mid;
                  closestDx = dx;
                  closestRect = rect;
                }
                if (off)
                  side = off < 0 == (this.baseDir == Direction.LTR) ? -1 : 1;
              }
            }
          if (side == -1 && (!bidi || this.baseDirAt(positions[mid], 1)))
            hi = mid;
          else if (side == 1 && (!bidi || this.baseDirAt(positions[mid + 1], -1)))
            lo = mid + 1;
        }
        if (!closestRect) {
          if (!below && !above)
            return { i: 0, after: false };
          let side = above && (!below || this.y - above.bottom < below.top - this.y) ? above : below;
          this.y = (side.top + side.bottom) / 2;
          return this.scan(positions, getRects, true);
        }
        if (closestDx && !recursed) {
          let { top: top2, bottom } = closestRect;
          if (above && above.bottom > (top2 + top2 + bottom) / 3) {
            this.y = above.bottom - 1;
            return this.scan(positions, getRects, true);
          }
          if (below && below.top < (top2 + bottom + bottom) / 3) {
            this.y = below.top + 1;
            return this.scan(positions, getRects, true);
          }
        }
        let ltr = (bidi ? this.dirAt(positions[closestI], 1) : this.baseDir) == Direction.LTR;
        return {
          i: closestI,
          // Test whether x is closes to the start or end of this element
          after: this.x > (closestRect.left + closestRect.right) / 2 == ltr
        };
      }
      scanText(tile, offset) {
        let positions = [];
        for (let i2 = 0; i2 < tile.length; i2 = findClusterBreak2(tile.text, i2))
          positions.push(offset + i2);
        positions.push(offset + tile.length);
        let scan = this.scan(positions, (i2) => {
          let off = positions[i2] - offset, end = positions[i2 + 1] - offset;
          return textRange(tile.dom, off, end).getClientRects();
        });
        return scan.after ? new PosAssoc(positions[scan.i + 1], -1) : new PosAssoc(positions[scan.i], 1);
      }
      scanTile(tile, offset) {
        if (!tile.length)
          return new PosAssoc(offset, 1);
        if (tile.children.length == 1) {
          let child2 = tile.children[0];
          if (child2.isText())
            return this.scanText(child2, offset);
          else if (child2.isComposite())
            return this.scanTile(child2, offset);
        }
        let positions = [offset];
        for (let i2 = 0, pos2 = offset; i2 < tile.children.length; i2++)
          positions.push(pos2 += tile.children[i2].length);
        let scan = this.scan(positions, (i2) => {
          let child2 = tile.children[i2];
          if (child2.flags & 48)
            return null;
          return (isElt(child2.dom) ? child2.dom : textRange(child2.dom, 0, child2.length)).getClientRects();
        });
        let child = tile.children[scan.i], pos = positions[scan.i];
        if (child.isText())
          return this.scanText(child, pos);
        if (child.isComposite())
          return this.scanTile(child, pos);
        return scan.after ? new PosAssoc(positions[scan.i + 1], -1) : new PosAssoc(pos, 1);
      }
    };
    LineBreakPlaceholder = "￿";
    DOMReader = class {
      constructor(points, view) {
        this.points = points;
        this.text = "";
        this.afterBreak = true;
        this.lineSeparator = view.state.facet(EditorState.lineSeparator);
      }
      append(text) {
        this.text += text;
        if (text.length)
          this.afterBreak = false;
      }
      lineBreak() {
        this.text += LineBreakPlaceholder;
        this.afterBreak = true;
      }
      readRange(start, after, end) {
        for (let cur = start; cur; ) {
          if (after) {
            let next = cur.nextSibling;
            if (!next) {
              cur = cur.parentNode;
              let tile = Tile.get(cur);
              if (tile && !tile.parent)
                break;
              this.findPointAtEnd(cur);
              if (tile ? tile.breakAfter : isBlockElement(cur) && !isEmptyToEnd(cur, end)) {
                this.lineBreak();
              }
            } else if (next == end) {
              break;
            } else {
              cur = next;
              after = false;
            }
          } else {
            this.findPointBefore(cur);
            let tile = Tile.get(cur), fromTile = tile && tile.overrideDOMText;
            if (fromTile != null) {
              this.findPointInside(cur, fromTile.length);
              for (let i2 = fromTile.iter(); !i2.next().done; ) {
                if (i2.lineBreak)
                  this.lineBreak();
                else
                  this.append(i2.value);
              }
            } else if (isText(cur)) {
              this.readTextNode(cur);
            } else if (cur.nodeName == "BR") {
              if (cur.nextSibling)
                this.lineBreak();
            } else if (isElt(cur)) {
              if ((tile ? tile.isBlock() : isBlockElement(cur)) && !this.afterBreak)
                this.lineBreak();
              let child = cur.firstChild;
              if (child) {
                if (child == end)
                  break;
                cur = child;
                continue;
              } else if (tile ? tile.breakAfter : isBlockElement(cur) && !isEmptyToEnd(cur, end)) {
                this.lineBreak();
              }
            }
            after = true;
          }
        }
        return this;
      }
      readTextNode(node) {
        let text = node.nodeValue;
        for (let point of this.points)
          if (point.node == node)
            point.pos = this.text.length + Math.min(point.offset, text.length);
        for (let off = 0, re = this.lineSeparator ? null : /\r\n?|\n/g; ; ) {
          let nextBreak = -1, breakSize = 1, m;
          if (this.lineSeparator) {
            nextBreak = text.indexOf(this.lineSeparator, off);
            breakSize = this.lineSeparator.length;
          } else if (m = re.exec(text)) {
            nextBreak = m.index;
            breakSize = m[0].length;
          }
          this.append(text.slice(off, nextBreak < 0 ? text.length : nextBreak));
          if (nextBreak < 0)
            break;
          this.lineBreak();
          if (breakSize > 1) {
            for (let point of this.points)
              if (point.node == node && point.pos > this.text.length)
                point.pos -= breakSize - 1;
          }
          off = nextBreak + breakSize;
        }
      }
      findPointBefore(node) {
        let parent2 = node.parentNode;
        for (let point of this.points)
          if (point.node == parent2 && parent2.childNodes[point.offset] == node)
            point.pos = this.text.length;
      }
      findPointAtEnd(node) {
        for (let point of this.points)
          if (point.node == node && point.offset == node.childNodes.length)
            point.pos = this.text.length;
      }
      findPointInside(node, length) {
        for (let point of this.points)
          if (isText(node) ? point.node == node : node.contains(point.node))
            point.pos = this.text.length + (isAtEnd(node, point.node, point.offset) ? length : 0);
      }
    };
    DOMPoint = class {
      constructor(node, offset) {
        this.node = node;
        this.offset = offset;
        this.pos = -1;
      }
    };
    DOMChange = class {
      constructor(view, start, end, typeOver) {
        this.typeOver = typeOver;
        this.bounds = null;
        this.text = "";
        this.domChanged = start > -1;
        let { impreciseHead: iHead, impreciseAnchor: iAnchor } = view.docView, curSel = view.state.selection;
        if (view.state.readOnly && start > -1) {
          this.newSel = null;
        } else if (start > -1 && (this.bounds = domBoundsFor(view.docView.tile, start, end))) {
          let selPoints = iHead || iAnchor ? [] : selectionPoints(view);
          let reader = new DOMReader(selPoints, view);
          if (this.bounds.startDOM)
            reader.readRange(this.bounds.startDOM, true, this.bounds.endDOM);
          else if (view.contentDOM.firstChild)
            reader.readRange(view.contentDOM.firstChild, false, this.bounds.endDOM);
          this.text = reader.text;
          this.newSel = selectionFromPoints(selPoints, this.bounds.from);
        } else {
          let domSel = view.observer.selectionRange;
          let head = iHead && iHead.node == domSel.focusNode && iHead.offset == domSel.focusOffset || !contains(view.contentDOM, domSel.focusNode) ? curSel.main.head : view.docView.posFromDOM(domSel.focusNode, domSel.focusOffset);
          let anchor = iAnchor && iAnchor.node == domSel.anchorNode && iAnchor.offset == domSel.anchorOffset || !contains(view.contentDOM, domSel.anchorNode) ? curSel.main.anchor : view.docView.posFromDOM(domSel.anchorNode, domSel.anchorOffset);
          let vp = view.viewport;
          if ((browser.ios || browser.chrome) && head != anchor && Math.min(head, anchor) <= curSel.main.from && Math.max(head, anchor) >= curSel.main.to && (vp.from > 0 || vp.to < view.state.doc.length)) {
            let from = Math.min(head, anchor), to = Math.max(head, anchor);
            let offFrom = vp.from - from, offTo = vp.to - to;
            if ((offFrom == 0 || offFrom == 1 || from == 0) && (offTo == 0 || offTo == -1 || to == view.state.doc.length)) {
              head = 0;
              anchor = view.state.doc.length;
            }
          }
          if (view.inputState.composing > -1 && curSel.ranges.length > 1) {
            this.newSel = curSel.replaceRange(EditorSelection.range(anchor, head));
          } else if (view.lineWrapping && anchor == head && !(curSel.main.empty && curSel.main.head == head) && view.inputState.lastTouchTime > Date.now() - 100) {
            let before = view.coordsAtPos(head, -1), assoc = 0;
            if (before)
              assoc = view.inputState.lastTouchY <= before.bottom ? -1 : 1;
            this.newSel = EditorSelection.create([EditorSelection.cursor(head, assoc)]);
          } else {
            this.newSel = EditorSelection.single(anchor, head);
          }
        }
      }
    };
    InputState = class {
      setSelectionOrigin(origin) {
        this.lastSelectionOrigin = origin;
        this.lastSelectionTime = Date.now();
      }
      constructor(view) {
        this.view = view;
        this.lastKeyCode = 0;
        this.lastKeyTime = 0;
        this.touchActive = false;
        this.lastTouchTime = 0;
        this.lastTouchX = 0;
        this.lastTouchY = 0;
        this.lastFocusTime = 0;
        this.lastScrollTop = 0;
        this.lastScrollLeft = 0;
        this.lastWheelEvent = 0;
        this.pendingIOSKey = void 0;
        this.lastIOSMomentumScroll = 0;
        this.tabFocusMode = -1;
        this.lastSelectionOrigin = null;
        this.lastSelectionTime = 0;
        this.lastContextMenu = 0;
        this.scrollHandlers = [];
        this.handlers = /* @__PURE__ */ Object.create(null);
        this.composing = -1;
        this.compositionFirstChange = null;
        this.compositionEndedAt = 0;
        this.compositionPendingKey = false;
        this.compositionPendingChange = false;
        this.insertingText = "";
        this.insertingTextAt = 0;
        this.mouseSelection = null;
        this.draggedContent = null;
        this.androidSelection = -1;
        this.androidSelectionNeedsFlush = false;
        this.handleEvent = this.handleEvent.bind(this);
        this.notifiedFocused = view.hasFocus;
        if (browser.safari)
          view.contentDOM.addEventListener("input", () => null);
        if (browser.gecko)
          firefoxCopyCutHack(view.contentDOM.ownerDocument);
      }
      handleEvent(event) {
        if (!eventBelongsToEditor(this.view, event) || this.ignoreDuringComposition(event))
          return;
        if (event.type == "keydown" && this.keydown(event))
          return;
        if (this.view.updateState != 0)
          Promise.resolve().then(() => this.runHandlers(event.type, event));
        else
          this.runHandlers(event.type, event);
      }
      runHandlers(type, event) {
        let handlers3 = this.handlers[type];
        if (handlers3) {
          for (let observer of handlers3.observers)
            observer(this.view, event);
          for (let handler of handlers3.handlers) {
            if (event.defaultPrevented)
              break;
            if (handler(this.view, event)) {
              event.preventDefault();
              break;
            }
          }
        }
      }
      ensureHandlers(plugins) {
        let handlers3 = computeHandlers(plugins), prev = this.handlers, dom = this.view.contentDOM;
        for (let type in handlers3)
          if (type != "scroll") {
            let passive = !handlers3[type].handlers.length;
            let exists = prev[type];
            if (exists && passive != !exists.handlers.length) {
              dom.removeEventListener(type, this.handleEvent);
              exists = null;
            }
            if (!exists)
              dom.addEventListener(type, this.handleEvent, { passive });
          }
        for (let type in prev)
          if (type != "scroll" && !handlers3[type])
            dom.removeEventListener(type, this.handleEvent);
        this.handlers = handlers3;
      }
      keydown(event) {
        this.lastKeyCode = event.keyCode;
        this.lastKeyTime = Date.now();
        if (this.composing >= 0 && event.isComposing === false)
          compositionEnd(this.view);
        if (event.keyCode == 9 && this.tabFocusMode > -1 && (!this.tabFocusMode || Date.now() <= this.tabFocusMode))
          return true;
        if (this.tabFocusMode > 0 && event.keyCode != 27 && modifierCodes.indexOf(event.keyCode) < 0)
          this.tabFocusMode = -1;
        if (browser.android && browser.chrome && !event.synthetic && (event.keyCode == 13 || event.keyCode == 8)) {
          this.view.observer.delayAndroidKey(event.key, event.keyCode);
          return true;
        }
        if (browser.ios && !event.synthetic && !event.altKey && !event.metaKey && (PendingKeys.some((key) => key.keyCode == event.keyCode) && !event.ctrlKey || EmacsyPendingKeys.indexOf(event.key) > -1 && event.ctrlKey)) {
          let mods = { ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey, shiftKey: event.shiftKey };
          if (mods.shiftKey && browser.ios && !/^(off|none)$/.test(this.view.contentDOM.autocapitalize) && iosVirtualKeyboardOpen(this.view.win))
            mods.shiftKey = false;
          let pending = this.pendingIOSKey = { key: event.key, keyCode: event.keyCode, mods };
          setTimeout(() => {
            if (this.pendingIOSKey == pending)
              this.flushIOSKey();
          }, 50);
          return true;
        }
        if (event.keyCode != 229)
          this.view.observer.forceFlush();
        return false;
      }
      flushIOSKey(change) {
        let key = this.pendingIOSKey;
        if (!key || this.view.observer.pendingRecords().length)
          return false;
        if (key.key == "Enter" && change && change.from < change.to && /^\S+$/.test(change.insert.toString()))
          return false;
        this.pendingIOSKey = void 0;
        return dispatchKey(this.view.contentDOM, key.key, key.keyCode, key.mods);
      }
      ignoreDuringComposition(event) {
        if (!/^key/.test(event.type) || event.synthetic)
          return false;
        if (this.composing > 0)
          return true;
        if (browser.safari && !browser.ios && this.compositionPendingKey && Date.now() - this.compositionEndedAt < 100) {
          this.compositionPendingKey = false;
          return true;
        }
        return false;
      }
      startMouseSelection(mouseSelection) {
        if (this.mouseSelection)
          this.mouseSelection.destroy();
        this.mouseSelection = mouseSelection;
      }
      update(update2) {
        this.view.observer.update(update2);
        if (this.mouseSelection)
          this.mouseSelection.update(update2);
        if (this.draggedContent && update2.docChanged)
          this.draggedContent = this.draggedContent.map(update2.changes);
        if (update2.transactions.length)
          this.lastKeyCode = this.lastSelectionTime = 0;
      }
      destroy() {
        if (this.mouseSelection)
          this.mouseSelection.destroy();
      }
      selectionchange() {
        if (this.androidSelection > -1)
          this.scheduleAndroidSelectionEnd();
      }
      startAndroidSelection() {
        this.scheduleAndroidSelectionEnd();
      }
      scheduleAndroidSelectionEnd() {
        this.view.win.clearTimeout(this.androidSelection);
        this.androidSelection = this.view.win.setTimeout(() => this.endAndroidSelection(), 1e3);
      }
      endAndroidSelection() {
        if (this.androidSelection > -1) {
          this.view.win.clearTimeout(this.androidSelection);
          this.androidSelection = -1;
          if (this.androidSelectionNeedsFlush) {
            this.androidSelectionNeedsFlush = false;
            this.view.docView.updateSelection(true);
          }
        }
      }
    };
    PendingKeys = [
      { key: "Backspace", keyCode: 8, inputType: "deleteContentBackward" },
      { key: "Enter", keyCode: 13, inputType: "insertParagraph" },
      { key: "Enter", keyCode: 13, inputType: "insertLineBreak" },
      { key: "Delete", keyCode: 46, inputType: "deleteContentForward" }
    ];
    EmacsyPendingKeys = "dthko";
    modifierCodes = [16, 17, 18, 20, 91, 92, 224, 225];
    dragScrollMargin = 6;
    MouseSelection = class {
      constructor(view, startEvent, style, mustSelect) {
        this.view = view;
        this.startEvent = startEvent;
        this.style = style;
        this.mustSelect = mustSelect;
        this.scrollSpeed = { x: 0, y: 0 };
        this.scrolling = -1;
        this.lastEvent = startEvent;
        this.scrollParents = scrollableParents(view.contentDOM);
        this.atoms = view.state.facet(atomicRanges).map((f) => f(view));
        let doc2 = view.contentDOM.ownerDocument;
        doc2.addEventListener("mousemove", this.move = this.move.bind(this));
        doc2.addEventListener("mouseup", this.up = this.up.bind(this));
        this.extend = startEvent.shiftKey;
        this.multiple = view.state.facet(EditorState.allowMultipleSelections) && addsSelectionRange(view, startEvent);
        this.dragging = isInPrimarySelection(view, startEvent) && getClickType(startEvent) == 1 ? null : false;
      }
      start(event) {
        if (this.dragging === false)
          this.select(event);
      }
      move(event) {
        if (event.buttons == 0)
          return this.destroy();
        if (this.dragging || this.dragging == null && dist(this.startEvent, event) < 10)
          return;
        this.select(this.lastEvent = event);
        let sx = 0, sy = 0;
        let left = 0, top2 = 0, right = this.view.win.innerWidth, bottom = this.view.win.innerHeight;
        if (this.scrollParents.x)
          ({ left, right } = this.scrollParents.x.getBoundingClientRect());
        if (this.scrollParents.y)
          ({ top: top2, bottom } = this.scrollParents.y.getBoundingClientRect());
        let scrollRect = clipMargins({ left, right, top: top2, bottom }, getCoveredMargins(this.view));
        if (event.clientX <= scrollRect.left + dragScrollMargin)
          sx = -dragScrollSpeed(scrollRect.left - event.clientX);
        else if (event.clientX >= scrollRect.right - dragScrollMargin)
          sx = dragScrollSpeed(event.clientX - scrollRect.right);
        if (event.clientY <= scrollRect.top + dragScrollMargin)
          sy = -dragScrollSpeed(scrollRect.top - event.clientY);
        else if (event.clientY >= scrollRect.bottom - dragScrollMargin)
          sy = dragScrollSpeed(event.clientY - scrollRect.bottom);
        this.setScrollSpeed(sx, sy);
      }
      up(event) {
        if (this.dragging == null)
          this.select(this.lastEvent);
        if (!this.dragging)
          event.preventDefault();
        this.destroy();
      }
      destroy() {
        this.setScrollSpeed(0, 0);
        let doc2 = this.view.contentDOM.ownerDocument;
        doc2.removeEventListener("mousemove", this.move);
        doc2.removeEventListener("mouseup", this.up);
        this.view.inputState.mouseSelection = this.view.inputState.draggedContent = null;
      }
      setScrollSpeed(sx, sy) {
        this.scrollSpeed = { x: sx, y: sy };
        if (sx || sy) {
          if (this.scrolling < 0)
            this.scrolling = setInterval(() => this.scroll(), 50);
        } else if (this.scrolling > -1) {
          clearInterval(this.scrolling);
          this.scrolling = -1;
        }
      }
      scroll() {
        let { x, y } = this.scrollSpeed;
        if (x && this.scrollParents.x) {
          this.scrollParents.x.scrollLeft += x;
          x = 0;
        }
        if (y && this.scrollParents.y) {
          this.scrollParents.y.scrollTop += y;
          y = 0;
        }
        if (x || y)
          this.view.win.scrollBy(x, y);
        if (this.dragging === false)
          this.select(this.lastEvent);
      }
      select(event) {
        let { view } = this, selection = skipAtomsForSelection(this.atoms, this.style.get(event, this.extend, this.multiple));
        if (this.mustSelect || !selection.eq(view.state.selection, this.dragging === false))
          this.view.dispatch({
            selection,
            userEvent: "select.pointer"
          });
        this.mustSelect = false;
      }
      update(update2) {
        if (update2.transactions.some((tr) => tr.isUserEvent("input.type")))
          this.destroy();
        else if (this.style.update(update2))
          setTimeout(() => this.select(this.lastEvent), 20);
      }
    };
    handlers = /* @__PURE__ */ Object.create(null);
    observers = /* @__PURE__ */ Object.create(null);
    brokenClipboardAPI = browser.ie && browser.ie_version < 15 || browser.ios && browser.webkit_version < 604;
    observers.scroll = (view) => {
      let iState = view.inputState;
      iState.lastScrollTop = view.scrollDOM.scrollTop;
      iState.lastScrollLeft = view.scrollDOM.scrollLeft;
      if (browser.ios && !iState.touchActive)
        iState.lastIOSMomentumScroll = Date.now();
    };
    observers.wheel = observers.mousewheel = (view) => {
      view.inputState.lastWheelEvent = Date.now();
    };
    handlers.keydown = (view, event) => {
      view.inputState.setSelectionOrigin("select");
      if (event.keyCode == 27 && view.inputState.tabFocusMode != 0)
        view.inputState.tabFocusMode = Date.now() + 2e3;
      return false;
    };
    observers.touchstart = (view, e) => {
      let iState = view.inputState, touch = e.targetTouches[0];
      iState.touchActive = true;
      iState.lastTouchTime = Date.now();
      if (touch) {
        iState.lastTouchX = touch.clientX;
        iState.lastTouchY = touch.clientY;
      }
      iState.setSelectionOrigin("select.pointer");
    };
    observers.touchmove = (view) => {
      view.inputState.setSelectionOrigin("select.pointer");
    };
    observers.touchend = observers.touchcancel = (view, e) => {
      view.inputState.touchActive = false;
      if (browser.chrome && browser.android && e.type == "touchcancel")
        view.inputState.startAndroidSelection();
    };
    handlers.mousedown = (view, event) => {
      view.observer.flush();
      if (view.inputState.lastTouchTime > Date.now() - 2e3)
        return false;
      let style = null;
      for (let makeStyle of view.state.facet(mouseSelectionStyle)) {
        style = makeStyle(view, event);
        if (style)
          break;
      }
      if (!style && event.button == 0)
        style = basicMouseSelection(view, event);
      if (style) {
        let mustFocus = !view.hasFocus;
        view.inputState.startMouseSelection(new MouseSelection(view, event, style, mustFocus));
        if (mustFocus)
          view.observer.ignore(() => {
            focusPreventScroll(view.contentDOM);
            let active2 = view.root.activeElement;
            if (active2 && !active2.contains(view.contentDOM))
              active2.blur();
          });
        let mouseSel = view.inputState.mouseSelection;
        if (mouseSel) {
          mouseSel.start(event);
          return mouseSel.dragging === false;
        }
      } else {
        view.inputState.setSelectionOrigin("select.pointer");
      }
      return false;
    };
    BadMouseDetail = browser.ie && browser.ie_version <= 11;
    lastMouseDown = null;
    lastMouseDownCount = 0;
    lastMouseDownTime = 0;
    handlers.dragstart = (view, event) => {
      let { selection: { main: range } } = view.state;
      if (event.target.draggable) {
        let tile = view.docView.tile.nearest(event.target);
        if (tile && tile.isWidget()) {
          let from = tile.posAtStart, to = from + tile.length;
          if (from >= range.to || to <= range.from)
            range = EditorSelection.undirectionalRange(from, to);
        }
      }
      let { inputState } = view;
      if (inputState.mouseSelection)
        inputState.mouseSelection.dragging = true;
      inputState.draggedContent = range;
      if (event.dataTransfer) {
        event.dataTransfer.setData("Text", textFilter(view.state, clipboardOutputFilter, view.state.sliceDoc(range.from, range.to)));
        event.dataTransfer.effectAllowed = "copyMove";
      }
      return false;
    };
    handlers.dragend = (view) => {
      view.inputState.draggedContent = null;
      return false;
    };
    handlers.drop = (view, event) => {
      if (!event.dataTransfer)
        return false;
      if (view.state.readOnly)
        return true;
      let files = event.dataTransfer.files;
      if (files && files.length) {
        let text = Array(files.length), read2 = 0;
        let finishFile = () => {
          if (++read2 == files.length)
            dropText(view, event, text.filter((s) => s != null).join(view.state.lineBreak), false);
        };
        for (let i2 = 0; i2 < files.length; i2++) {
          let reader = new FileReader();
          reader.onerror = finishFile;
          reader.onload = () => {
            if (!/[\x00-\x08\x0e-\x1f]{2}/.test(reader.result))
              text[i2] = reader.result;
            finishFile();
          };
          reader.readAsText(files[i2]);
        }
        return true;
      } else {
        let text = event.dataTransfer.getData("Text");
        if (text) {
          dropText(view, event, text, true);
          return true;
        }
      }
      return false;
    };
    handlers.paste = (view, event) => {
      if (view.state.readOnly)
        return true;
      view.observer.flush();
      let data = brokenClipboardAPI ? null : event.clipboardData;
      if (data) {
        doPaste(view, data.getData("text/plain") || data.getData("text/uri-list"));
        return true;
      } else {
        capturePaste(view);
        return false;
      }
    };
    lastLinewiseCopy = null;
    handlers.copy = handlers.cut = (view, event) => {
      if (!hasSelection(view.contentDOM, view.observer.selectionRange))
        return false;
      let { text, ranges, linewise } = copiedRange(view.state);
      if (!text && !linewise)
        return false;
      lastLinewiseCopy = linewise ? text : null;
      if (event.type == "cut" && !view.state.readOnly)
        view.dispatch({
          changes: ranges,
          scrollIntoView: true,
          userEvent: "delete.cut"
        });
      let data = brokenClipboardAPI ? null : event.clipboardData;
      if (data) {
        data.clearData();
        data.setData("text/plain", text);
        return true;
      } else {
        captureCopy(view, text);
        return false;
      }
    };
    isFocusChange = /* @__PURE__ */ Annotation.define();
    observers.focus = (view) => {
      view.inputState.lastFocusTime = Date.now();
      if (!view.scrollDOM.scrollTop && (view.inputState.lastScrollTop || view.inputState.lastScrollLeft)) {
        view.scrollDOM.scrollTop = view.inputState.lastScrollTop;
        view.scrollDOM.scrollLeft = view.inputState.lastScrollLeft;
      }
      updateForFocusChange(view);
    };
    observers.blur = (view) => {
      view.observer.clearSelectionRange();
      updateForFocusChange(view);
    };
    observers.compositionstart = observers.compositionupdate = (view, event) => {
      if (view.observer.editContext)
        return;
      if (view.inputState.compositionFirstChange == null)
        view.inputState.compositionFirstChange = true;
      if (view.inputState.composing < 0) {
        let { main: main2 } = view.state.selection;
        if (!main2.empty && view.lineBlockAt(main2.from).from != view.lineBlockAt(main2.to).from && !view.state.readOnly) {
          view.dispatch({
            changes: view.state.selection.ranges.filter((r) => !r.empty).map((r) => ({ from: r.from, to: r.to })),
            userEvent: "input"
          });
        }
        view.inputState.composing = 0;
      }
    };
    compositionEnd = observers.compositionend = (view) => {
      if (view.observer.editContext)
        return;
      view.inputState.composing = -1;
      view.inputState.compositionEndedAt = Date.now();
      view.inputState.compositionPendingKey = true;
      view.inputState.compositionPendingChange = view.observer.pendingRecords().length > 0;
      view.inputState.compositionFirstChange = null;
      if (browser.chrome && browser.android) {
        view.observer.flushSoon();
      } else if (view.inputState.compositionPendingChange) {
        Promise.resolve().then(() => view.observer.flush());
      } else {
        setTimeout(() => {
          if (view.inputState.composing < 0 && view.docView.hasComposition)
            view.update([]);
        }, 50);
      }
    };
    observers.contextmenu = (view) => {
      view.inputState.endAndroidSelection();
      view.inputState.lastContextMenu = Date.now();
    };
    handlers.beforeinput = (view, event) => {
      var _a2, _b;
      if (view.inputState.composing >= 0 && event.isComposing === false)
        compositionEnd(view);
      if (event.inputType == "insertText" || event.inputType == "insertCompositionText") {
        view.inputState.insertingText = event.data;
        view.inputState.insertingTextAt = Date.now();
      }
      if (event.inputType == "insertReplacementText" && view.observer.editContext) {
        let text = (_a2 = event.dataTransfer) === null || _a2 === void 0 ? void 0 : _a2.getData("text/plain"), ranges = event.getTargetRanges();
        if (text && ranges.length) {
          let r = ranges[0];
          let from = view.posAtDOM(r.startContainer, r.startOffset), to = view.posAtDOM(r.endContainer, r.endOffset);
          applyDOMChangeInner(view, { from, to, insert: view.state.toText(text) }, null);
          return true;
        }
      }
      let pending;
      if (browser.chrome && browser.android && (pending = PendingKeys.find((key) => key.inputType == event.inputType))) {
        view.observer.delayAndroidKey(pending.key, pending.keyCode);
        if (pending.key == "Backspace" || pending.key == "Delete") {
          let startViewHeight = ((_b = window.visualViewport) === null || _b === void 0 ? void 0 : _b.height) || 0;
          setTimeout(() => {
            var _a3;
            if ((((_a3 = window.visualViewport) === null || _a3 === void 0 ? void 0 : _a3.height) || 0) > startViewHeight + 10 && view.hasFocus) {
              view.contentDOM.blur();
              view.focus();
            }
          }, 100);
        }
      }
      if (browser.ios && event.inputType == "deleteContentForward") {
        view.observer.flushSoon();
      }
      if (browser.safari && event.inputType == "insertText" && view.inputState.composing >= 0) {
        setTimeout(() => observers.compositionend(view, event), 20);
      }
      return false;
    };
    appliedFirefoxHack = /* @__PURE__ */ new Set();
    wrappingWhiteSpace = ["pre-wrap", "normal", "pre-line", "break-spaces"];
    heightChangeFlag = false;
    HeightOracle = class {
      constructor(lineWrapping) {
        this.lineWrapping = lineWrapping;
        this.doc = Text.empty;
        this.heightSamples = {};
        this.lineHeight = 14;
        this.charWidth = 7;
        this.textHeight = 14;
        this.lineLength = 30;
      }
      heightForGap(from, to) {
        let lines = this.doc.lineAt(to).number - this.doc.lineAt(from).number + 1;
        if (this.lineWrapping)
          lines += Math.max(0, Math.ceil((to - from - lines * this.lineLength * 0.5) / this.lineLength));
        return this.lineHeight * lines;
      }
      heightForLine(length) {
        if (!this.lineWrapping)
          return this.lineHeight;
        let lines = 1 + Math.max(0, Math.ceil((length - this.lineLength) / Math.max(1, this.lineLength - 5)));
        return lines * this.lineHeight;
      }
      setDoc(doc2) {
        this.doc = doc2;
        return this;
      }
      mustRefreshForWrapping(whiteSpace) {
        return wrappingWhiteSpace.indexOf(whiteSpace) > -1 != this.lineWrapping;
      }
      mustRefreshForHeights(lineHeights) {
        let newHeight = false;
        for (let i2 = 0; i2 < lineHeights.length; i2++) {
          let h = lineHeights[i2];
          if (h < 0) {
            i2++;
          } else if (!this.heightSamples[Math.floor(h * 10)]) {
            newHeight = true;
            this.heightSamples[Math.floor(h * 10)] = true;
          }
        }
        return newHeight;
      }
      refresh(whiteSpace, lineHeight, charWidth, textHeight, lineLength, knownHeights) {
        let lineWrapping = wrappingWhiteSpace.indexOf(whiteSpace) > -1;
        let changed = Math.abs(lineHeight - this.lineHeight) > 0.3 || this.lineWrapping != lineWrapping;
        this.lineWrapping = lineWrapping;
        this.lineHeight = lineHeight;
        this.charWidth = charWidth;
        this.textHeight = textHeight;
        this.lineLength = lineLength;
        if (changed) {
          this.heightSamples = {};
          for (let i2 = 0; i2 < knownHeights.length; i2++) {
            let h = knownHeights[i2];
            if (h < 0)
              i2++;
            else
              this.heightSamples[Math.floor(h * 10)] = true;
          }
        }
        return changed;
      }
    };
    MeasuredHeights = class {
      constructor(from, heights, gaps) {
        this.from = from;
        this.heights = heights;
        this.gaps = gaps;
        this.index = 0;
      }
      get more() {
        return this.index < this.heights.length;
      }
      hasGap(from, to) {
        if (this.gaps) {
          for (let g of this.gaps)
            if (g.from < to && g.to > from)
              return true;
        }
        return false;
      }
    };
    BlockInfo = class _BlockInfo {
      /**
      @internal
      */
      constructor(from, length, top2, height, _content) {
        this.from = from;
        this.length = length;
        this.top = top2;
        this.height = height;
        this._content = _content;
      }
      /**
      The type of element this is. When querying lines, this may be
      an array of all the blocks that make up the line.
      */
      get type() {
        return typeof this._content == "number" ? BlockType.Text : Array.isArray(this._content) ? this._content : this._content.type;
      }
      /**
      The end of the element as a document position.
      */
      get to() {
        return this.from + this.length;
      }
      /**
      The bottom position of the element.
      */
      get bottom() {
        return this.top + this.height;
      }
      /**
      If this is a widget block, this will return the widget
      associated with it.
      */
      get widget() {
        return this._content instanceof PointDecoration ? this._content.widget : null;
      }
      /**
      If this is a textblock, this holds the number of line breaks
      that appear in widgets inside the block.
      */
      get widgetLineBreaks() {
        return typeof this._content == "number" ? this._content : 0;
      }
      /**
      @internal
      */
      join(other) {
        let content2 = (Array.isArray(this._content) ? this._content : [this]).concat(Array.isArray(other._content) ? other._content : [other]);
        return new _BlockInfo(this.from, this.length + other.length, this.top, this.height + other.height, content2);
      }
    };
    QueryType = /* @__PURE__ */ (function(QueryType2) {
      QueryType2[QueryType2["ByPos"] = 0] = "ByPos";
      QueryType2[QueryType2["ByHeight"] = 1] = "ByHeight";
      QueryType2[QueryType2["ByPosNoHeight"] = 2] = "ByPosNoHeight";
      return QueryType2;
    })(QueryType || (QueryType = {}));
    Epsilon = 1e-3;
    HeightMap = class _HeightMap {
      constructor(length, height, flags = 2) {
        this.length = length;
        this.height = height;
        this.flags = flags;
      }
      get outdated() {
        return (this.flags & 2) > 0;
      }
      set outdated(value) {
        this.flags = (value ? 2 : 0) | this.flags & -3;
      }
      setHeight(height) {
        if (this.height != height) {
          if (Math.abs(this.height - height) > Epsilon)
            heightChangeFlag = true;
          this.height = height;
        }
      }
      // Base case is to replace a leaf node, which simply builds a tree
      // from the new nodes and returns that (HeightMapBranch and
      // HeightMapGap override this to actually use from/to)
      replace(_from, _to, nodes) {
        return _HeightMap.of(nodes);
      }
      // Again, these are base cases, and are overridden for branch and gap nodes.
      decomposeLeft(_to, result) {
        result.push(this);
      }
      decomposeRight(_from, result) {
        result.push(this);
      }
      applyChanges(decorations2, oldDoc, oracle, changes) {
        let me = this, doc2 = oracle.doc;
        for (let i2 = changes.length - 1; i2 >= 0; i2--) {
          let { fromA, toA, fromB, toB } = changes[i2];
          let start = me.lineAt(fromA, QueryType.ByPosNoHeight, oracle.setDoc(oldDoc), 0, 0);
          let end = start.to >= toA ? start : me.lineAt(toA, QueryType.ByPosNoHeight, oracle, 0, 0);
          toB += end.to - toA;
          toA = end.to;
          while (i2 > 0 && start.from <= changes[i2 - 1].toA) {
            fromA = changes[i2 - 1].fromA;
            fromB = changes[i2 - 1].fromB;
            i2--;
            if (fromA < start.from)
              start = me.lineAt(fromA, QueryType.ByPosNoHeight, oracle, 0, 0);
          }
          fromB += start.from - fromA;
          fromA = start.from;
          let nodes = NodeBuilder.build(oracle.setDoc(doc2), decorations2, fromB, toB);
          me = replace(me, me.replace(fromA, toA, nodes));
        }
        return me.updateHeight(oracle, 0);
      }
      static empty() {
        return new HeightMapText(0, 0, 0);
      }
      // nodes uses null values to indicate the position of line breaks.
      // There are never line breaks at the start or end of the array, or
      // two line breaks next to each other, and the array isn't allowed
      // to be empty (same restrictions as return value from the builder).
      static of(nodes) {
        if (nodes.length == 1)
          return nodes[0];
        let i2 = 0, j = nodes.length, before = 0, after = 0;
        for (; ; ) {
          if (i2 == j) {
            if (before > after * 2) {
              let split = nodes[i2 - 1];
              if (split.break)
                nodes.splice(--i2, 1, split.left, null, split.right);
              else
                nodes.splice(--i2, 1, split.left, split.right);
              j += 1 + split.break;
              before -= split.size;
            } else if (after > before * 2) {
              let split = nodes[j];
              if (split.break)
                nodes.splice(j, 1, split.left, null, split.right);
              else
                nodes.splice(j, 1, split.left, split.right);
              j += 2 + split.break;
              after -= split.size;
            } else {
              break;
            }
          } else if (before < after) {
            let next = nodes[i2++];
            if (next)
              before += next.size;
          } else {
            let next = nodes[--j];
            if (next)
              after += next.size;
          }
        }
        let brk = false;
        if (nodes[i2 - 1] == null) {
          brk = true;
          i2--;
        } else if (nodes[i2] == null) {
          brk = true;
          j++;
        }
        return new HeightMapBranch(_HeightMap.of(nodes.slice(0, i2)), brk, _HeightMap.of(nodes.slice(j)));
      }
    };
    HeightMap.prototype.size = 1;
    SpaceDeco = /* @__PURE__ */ Decoration.replace({});
    HeightMapBlock = class extends HeightMap {
      constructor(length, height, deco) {
        super(length, height);
        this.deco = deco;
        this.spaceAbove = 0;
      }
      mainBlock(top2, offset) {
        return new BlockInfo(offset, this.length, top2 + this.spaceAbove, this.height - this.spaceAbove, this.deco || 0);
      }
      blockAt(height, _oracle, top2, offset) {
        return this.spaceAbove && height < top2 + this.spaceAbove ? new BlockInfo(offset, 0, top2, this.spaceAbove, SpaceDeco) : this.mainBlock(top2, offset);
      }
      lineAt(_value, _type, oracle, top2, offset) {
        let main2 = this.mainBlock(top2, offset);
        return this.spaceAbove ? this.blockAt(0, oracle, top2, offset).join(main2) : main2;
      }
      forEachLine(from, to, oracle, top2, offset, f) {
        if (from <= offset + this.length && to >= offset)
          f(this.lineAt(0, QueryType.ByPos, oracle, top2, offset));
      }
      setMeasuredHeight(measured) {
        let next = measured.heights[measured.index++];
        if (next < 0) {
          this.spaceAbove = -next;
          next = measured.heights[measured.index++];
        } else {
          this.spaceAbove = 0;
        }
        this.setHeight(next);
      }
      updateHeight(oracle, offset = 0, _force = false, measured) {
        if (measured && measured.from <= offset && measured.more)
          this.setMeasuredHeight(measured);
        this.outdated = false;
        return this;
      }
      toString() {
        return `block(${this.length})`;
      }
    };
    HeightMapText = class _HeightMapText extends HeightMapBlock {
      constructor(length, height, above) {
        super(length, height, null);
        this.collapsed = 0;
        this.widgetHeight = 0;
        this.breaks = 0;
        this.spaceAbove = above;
      }
      mainBlock(top2, offset) {
        return new BlockInfo(offset, this.length, top2 + this.spaceAbove, this.height - this.spaceAbove, this.breaks);
      }
      replace(_from, _to, nodes) {
        let node = nodes[0];
        if (nodes.length == 1 && (node instanceof _HeightMapText || node instanceof HeightMapGap && node.flags & 4) && Math.abs(this.length - node.length) < 10) {
          if (node instanceof HeightMapGap)
            node = new _HeightMapText(node.length, this.height, this.spaceAbove);
          else
            node.height = this.height;
          if (!this.outdated)
            node.outdated = false;
          return node;
        } else {
          return HeightMap.of(nodes);
        }
      }
      updateHeight(oracle, offset = 0, force = false, measured) {
        let estimate = force || this.outdated;
        if (measured && measured.from <= offset && measured.more) {
          this.setMeasuredHeight(measured);
          if (measured.hasGap(offset, offset + this.length))
            estimate = true;
        }
        if (estimate) {
          this.spaceAbove = 0;
          this.setHeight(Math.max(this.widgetHeight, oracle.heightForLine(this.length - this.collapsed)) + this.breaks * oracle.lineHeight);
        }
        this.outdated = false;
        return this;
      }
      toString() {
        return `line(${this.length}${this.collapsed ? -this.collapsed : ""}${this.widgetHeight ? ":" + this.widgetHeight : ""})`;
      }
    };
    HeightMapGap = class _HeightMapGap extends HeightMap {
      constructor(length) {
        super(length, 0);
      }
      heightMetrics(oracle, offset) {
        let firstLine = oracle.doc.lineAt(offset).number, lastLine = oracle.doc.lineAt(offset + this.length).number;
        let lines = lastLine - firstLine + 1;
        let perLine, perChar = 0;
        if (oracle.lineWrapping) {
          let totalPerLine = Math.min(this.height, oracle.lineHeight * lines);
          perLine = totalPerLine / lines;
          if (this.length > lines + 1)
            perChar = (this.height - totalPerLine) / (this.length - lines - 1);
        } else {
          perLine = this.height / lines;
        }
        return { firstLine, lastLine, perLine, perChar };
      }
      blockAt(height, oracle, top2, offset) {
        let { firstLine, lastLine, perLine, perChar } = this.heightMetrics(oracle, offset);
        if (oracle.lineWrapping) {
          let guess = offset + (height < oracle.lineHeight ? 0 : Math.round(Math.max(0, Math.min(1, (height - top2) / this.height)) * this.length));
          let line = oracle.doc.lineAt(guess), lineHeight = perLine + line.length * perChar;
          let lineTop = Math.max(top2, height - lineHeight / 2);
          return new BlockInfo(line.from, line.length, lineTop, lineHeight, 0);
        } else {
          let line = Math.max(0, Math.min(lastLine - firstLine, Math.floor((height - top2) / perLine)));
          let { from, length } = oracle.doc.line(firstLine + line);
          return new BlockInfo(from, length, top2 + perLine * line, perLine, 0);
        }
      }
      lineAt(value, type, oracle, top2, offset) {
        if (type == QueryType.ByHeight)
          return this.blockAt(value, oracle, top2, offset);
        if (type == QueryType.ByPosNoHeight) {
          let { from, to } = oracle.doc.lineAt(value);
          return new BlockInfo(from, to - from, 0, 0, 0);
        }
        let { firstLine, perLine, perChar } = this.heightMetrics(oracle, offset);
        let line = oracle.doc.lineAt(value), lineHeight = perLine + line.length * perChar;
        let linesAbove = line.number - firstLine;
        let lineTop = top2 + perLine * linesAbove + perChar * (line.from - offset - linesAbove);
        return new BlockInfo(line.from, line.length, Math.max(top2, Math.min(lineTop, top2 + this.height - lineHeight)), lineHeight, 0);
      }
      forEachLine(from, to, oracle, top2, offset, f) {
        from = Math.max(from, offset);
        to = Math.min(to, offset + this.length);
        let { firstLine, perLine, perChar } = this.heightMetrics(oracle, offset);
        for (let pos = from, lineTop = top2; pos <= to; ) {
          let line = oracle.doc.lineAt(pos);
          if (pos == from) {
            let linesAbove = line.number - firstLine;
            lineTop += perLine * linesAbove + perChar * (from - offset - linesAbove);
          }
          let lineHeight = perLine + perChar * line.length;
          f(new BlockInfo(line.from, line.length, lineTop, lineHeight, 0));
          lineTop += lineHeight;
          pos = line.to + 1;
        }
      }
      replace(from, to, nodes) {
        let after = this.length - to;
        if (after > 0) {
          let last2 = nodes[nodes.length - 1];
          if (last2 instanceof _HeightMapGap)
            nodes[nodes.length - 1] = new _HeightMapGap(last2.length + after);
          else
            nodes.push(null, new _HeightMapGap(after - 1));
        }
        if (from > 0) {
          let first2 = nodes[0];
          if (first2 instanceof _HeightMapGap)
            nodes[0] = new _HeightMapGap(from + first2.length);
          else
            nodes.unshift(new _HeightMapGap(from - 1), null);
        }
        return HeightMap.of(nodes);
      }
      decomposeLeft(to, result) {
        result.push(new _HeightMapGap(to - 1), null);
      }
      decomposeRight(from, result) {
        result.push(null, new _HeightMapGap(this.length - from - 1));
      }
      updateHeight(oracle, offset = 0, force = false, measured) {
        let end = offset + this.length;
        if (measured && measured.from <= offset + this.length && measured.more) {
          let nodes = [], pos = Math.max(offset, measured.from), singleHeight = -1;
          if (measured.from > offset)
            nodes.push(new _HeightMapGap(measured.from - offset - 1).updateHeight(oracle, offset));
          while (pos <= end && measured.more) {
            let len = oracle.doc.lineAt(pos).length;
            if (nodes.length)
              nodes.push(null);
            let height = measured.heights[measured.index++], above = 0;
            if (height < 0) {
              above = -height;
              height = measured.heights[measured.index++];
            }
            if (singleHeight == -1)
              singleHeight = height;
            else if (Math.abs(height - singleHeight) >= Epsilon)
              singleHeight = -2;
            let line = new HeightMapText(len, height, above);
            line.outdated = false;
            nodes.push(line);
            pos += len + 1;
          }
          if (pos <= end)
            nodes.push(null, new _HeightMapGap(end - pos).updateHeight(oracle, pos));
          let result = HeightMap.of(nodes);
          if (singleHeight < 0 || Math.abs(result.height - this.height) >= Epsilon || Math.abs(singleHeight - this.heightMetrics(oracle, offset).perLine) >= Epsilon)
            heightChangeFlag = true;
          return replace(this, result);
        } else if (force || this.outdated) {
          this.setHeight(oracle.heightForGap(offset, offset + this.length));
          this.outdated = false;
        }
        return this;
      }
      toString() {
        return `gap(${this.length})`;
      }
    };
    HeightMapBranch = class extends HeightMap {
      constructor(left, brk, right) {
        super(left.length + (brk ? 1 : 0) + right.length, left.height + right.height, (brk ? 1 : 0) | (left.outdated || right.outdated ? 2 : 0));
        this.left = left;
        this.right = right;
        this.size = left.size + right.size;
      }
      // Returns 1 if there is a line break between this.left and
      // this.right, 0 otherwise.
      get break() {
        return this.flags & 1;
      }
      blockAt(height, oracle, top2, offset) {
        let mid = top2 + this.left.height;
        return height < mid ? this.left.blockAt(height, oracle, top2, offset) : this.right.blockAt(height, oracle, mid, offset + this.left.length + this.break);
      }
      lineAt(value, type, oracle, top2, offset) {
        let rightTop = top2 + this.left.height, rightOffset = offset + this.left.length + this.break;
        let left = type == QueryType.ByHeight ? value < rightTop : value < rightOffset;
        let base2 = left ? this.left.lineAt(value, type, oracle, top2, offset) : this.right.lineAt(value, type, oracle, rightTop, rightOffset);
        if (this.break || (left ? base2.to < rightOffset : base2.from > rightOffset))
          return base2;
        let subQuery = type == QueryType.ByPosNoHeight ? QueryType.ByPosNoHeight : QueryType.ByPos;
        if (left)
          return base2.join(this.right.lineAt(rightOffset, subQuery, oracle, rightTop, rightOffset));
        else
          return this.left.lineAt(rightOffset, subQuery, oracle, top2, offset).join(base2);
      }
      forEachLine(from, to, oracle, top2, offset, f) {
        let rightTop = top2 + this.left.height, rightOffset = offset + this.left.length + this.break;
        if (this.break) {
          if (from < rightOffset)
            this.left.forEachLine(from, to, oracle, top2, offset, f);
          if (to >= rightOffset)
            this.right.forEachLine(from, to, oracle, rightTop, rightOffset, f);
        } else {
          let mid = this.lineAt(rightOffset, QueryType.ByPos, oracle, top2, offset);
          if (from < mid.from)
            this.left.forEachLine(from, Math.min(to, mid.from - 1), oracle, top2, offset, f);
          if (mid.to >= from && mid.from <= to)
            f(mid);
          if (to > mid.to)
            this.right.forEachLine(Math.max(from, mid.to + 1), to, oracle, rightTop, rightOffset, f);
        }
      }
      replace(from, to, nodes) {
        let rightStart = this.left.length + this.break;
        if (to < rightStart)
          return this.balanced(this.left.replace(from, to, nodes), this.right);
        if (from > this.left.length)
          return this.balanced(this.left, this.right.replace(from - rightStart, to - rightStart, nodes));
        let result = [];
        if (from > 0)
          this.decomposeLeft(from, result);
        let left = result.length;
        for (let node of nodes)
          result.push(node);
        if (from > 0)
          mergeGaps(result, left - 1);
        if (to < this.length) {
          let right = result.length;
          this.decomposeRight(to, result);
          mergeGaps(result, right);
        }
        return HeightMap.of(result);
      }
      decomposeLeft(to, result) {
        let left = this.left.length;
        if (to <= left)
          return this.left.decomposeLeft(to, result);
        result.push(this.left);
        if (this.break) {
          left++;
          if (to >= left)
            result.push(null);
        }
        if (to > left)
          this.right.decomposeLeft(to - left, result);
      }
      decomposeRight(from, result) {
        let left = this.left.length, right = left + this.break;
        if (from >= right)
          return this.right.decomposeRight(from - right, result);
        if (from < left)
          this.left.decomposeRight(from, result);
        if (this.break && from < right)
          result.push(null);
        result.push(this.right);
      }
      balanced(left, right) {
        if (left.size > 2 * right.size || right.size > 2 * left.size)
          return HeightMap.of(this.break ? [left, null, right] : [left, right]);
        this.left = replace(this.left, left);
        this.right = replace(this.right, right);
        this.setHeight(left.height + right.height);
        this.outdated = left.outdated || right.outdated;
        this.size = left.size + right.size;
        this.length = left.length + this.break + right.length;
        return this;
      }
      updateHeight(oracle, offset = 0, force = false, measured) {
        let { left, right } = this, rightStart = offset + left.length + this.break, rebalance = null;
        if (measured && measured.from <= offset + left.length && measured.more)
          rebalance = left = left.updateHeight(oracle, offset, force, measured);
        else
          left.updateHeight(oracle, offset, force);
        if (measured && measured.from <= rightStart + right.length && measured.more)
          rebalance = right = right.updateHeight(oracle, rightStart, force, measured);
        else
          right.updateHeight(oracle, rightStart, force);
        if (rebalance)
          return this.balanced(left, right);
        this.height = this.left.height + this.right.height;
        this.outdated = false;
        return this;
      }
      toString() {
        return this.left + (this.break ? " " : "-") + this.right;
      }
    };
    relevantWidgetHeight = 5;
    NodeBuilder = class _NodeBuilder {
      constructor(pos, oracle) {
        this.pos = pos;
        this.oracle = oracle;
        this.nodes = [];
        this.lineStart = -1;
        this.lineEnd = -1;
        this.covering = null;
        this.writtenTo = pos;
      }
      get isCovered() {
        return this.covering && this.nodes[this.nodes.length - 1] == this.covering;
      }
      span(_from, to) {
        if (this.lineStart > -1) {
          let end = Math.min(to, this.lineEnd), last2 = this.nodes[this.nodes.length - 1];
          if (last2 instanceof HeightMapText)
            last2.length += end - this.pos;
          else if (end > this.pos || !this.isCovered)
            this.nodes.push(new HeightMapText(end - this.pos, -1, 0));
          this.writtenTo = end;
          if (to > end) {
            this.nodes.push(null);
            this.writtenTo++;
            this.lineStart = -1;
          }
        }
        this.pos = to;
      }
      point(from, to, deco) {
        if (from < to || deco.heightRelevant) {
          let height = deco.widget ? deco.widget.estimatedHeight : 0;
          let breaks = deco.widget ? deco.widget.lineBreaks : 0;
          if (height < 0)
            height = this.oracle.lineHeight;
          let len = to - from;
          if (deco.block) {
            this.addBlock(new HeightMapBlock(len, height, deco));
          } else if (len || breaks || height >= relevantWidgetHeight) {
            this.addLineDeco(height, breaks, len);
          }
        } else if (to > from) {
          this.span(from, to);
        }
        if (this.lineEnd > -1 && this.lineEnd < this.pos)
          this.lineEnd = this.oracle.doc.lineAt(this.pos).to;
      }
      enterLine() {
        if (this.lineStart > -1)
          return;
        let { from, to } = this.oracle.doc.lineAt(this.pos);
        this.lineStart = from;
        this.lineEnd = to;
        if (this.writtenTo < from) {
          if (this.writtenTo < from - 1 || this.nodes[this.nodes.length - 1] == null)
            this.nodes.push(this.blankContent(this.writtenTo, from - 1));
          this.nodes.push(null);
        }
        if (this.pos > from)
          this.nodes.push(new HeightMapText(this.pos - from, -1, 0));
        this.writtenTo = this.pos;
      }
      blankContent(from, to) {
        let gap = new HeightMapGap(to - from);
        if (this.oracle.doc.lineAt(from).to == to)
          gap.flags |= 4;
        return gap;
      }
      ensureLine() {
        this.enterLine();
        let last2 = this.nodes.length ? this.nodes[this.nodes.length - 1] : null;
        if (last2 instanceof HeightMapText)
          return last2;
        let line = new HeightMapText(0, -1, 0);
        this.nodes.push(line);
        return line;
      }
      addBlock(block2) {
        this.enterLine();
        let deco = block2.deco;
        if (deco && deco.startSide > 0 && !this.isCovered)
          this.ensureLine();
        this.nodes.push(block2);
        this.writtenTo = this.pos = this.pos + block2.length;
        if (deco && deco.endSide > 0)
          this.covering = block2;
      }
      addLineDeco(height, breaks, length) {
        let line = this.ensureLine();
        line.length += length;
        line.collapsed += length;
        line.widgetHeight = Math.max(line.widgetHeight, height);
        line.breaks += breaks;
        this.writtenTo = this.pos = this.pos + length;
      }
      finish(from) {
        let last2 = this.nodes.length == 0 ? null : this.nodes[this.nodes.length - 1];
        if (this.lineStart > -1 && !(last2 instanceof HeightMapText) && !this.isCovered)
          this.nodes.push(new HeightMapText(0, -1, 0));
        else if (this.writtenTo < this.pos || last2 == null)
          this.nodes.push(this.blankContent(this.writtenTo, this.pos));
        let pos = from;
        for (let node of this.nodes) {
          if (node instanceof HeightMapText)
            node.updateHeight(this.oracle, pos);
          pos += node ? node.length : 1;
        }
        return this.nodes;
      }
      // Always called with a region that on both sides either stretches
      // to a line break or the end of the document.
      // The returned array uses null to indicate line breaks, but never
      // starts or ends in a line break, or has multiple line breaks next
      // to each other.
      static build(oracle, decorations2, from, to) {
        let builder = new _NodeBuilder(from, oracle);
        RangeSet.spans(decorations2, from, to, builder, 0);
        return builder.finish(from);
      }
    };
    DecorationComparator2 = class {
      constructor() {
        this.changes = [];
      }
      compareRange() {
      }
      comparePoint(from, to, a, b) {
        if (from < to || a && a.heightRelevant || b && b.heightRelevant)
          addRange(from, to, this.changes, 5);
      }
    };
    LineGap = class {
      constructor(from, to, size, displaySize) {
        this.from = from;
        this.to = to;
        this.size = size;
        this.displaySize = displaySize;
      }
      static same(a, b) {
        if (a.length != b.length)
          return false;
        for (let i2 = 0; i2 < a.length; i2++) {
          let gA = a[i2], gB = b[i2];
          if (gA.from != gB.from || gA.to != gB.to || gA.size != gB.size)
            return false;
        }
        return true;
      }
      draw(viewState, wrapping) {
        return Decoration.replace({
          widget: new LineGapWidget(this.displaySize * (wrapping ? viewState.scaleY : viewState.scaleX), wrapping)
        }).range(this.from, this.to);
      }
    };
    LineGapWidget = class extends WidgetType {
      constructor(size, vertical) {
        super();
        this.size = size;
        this.vertical = vertical;
      }
      eq(other) {
        return other.size == this.size && other.vertical == this.vertical;
      }
      toDOM() {
        let elt = document.createElement("div");
        if (this.vertical) {
          elt.style.height = this.size + "px";
        } else {
          elt.style.width = this.size + "px";
          elt.style.height = "2px";
          elt.style.display = "inline-block";
        }
        return elt;
      }
      get estimatedHeight() {
        return this.vertical ? this.size : -1;
      }
    };
    ViewState = class {
      constructor(view, state2) {
        this.view = view;
        this.state = state2;
        this.pixelViewport = { left: 0, right: window.innerWidth, top: 0, bottom: 0 };
        this.inView = true;
        this.paddingTop = 0;
        this.paddingBottom = 0;
        this.contentDOMWidth = 0;
        this.contentDOMHeight = 0;
        this.editorHeight = 0;
        this.editorWidth = 0;
        this.scaleX = 1;
        this.scaleY = 1;
        this.scrollOffset = 0;
        this.scrolledToBottom = false;
        this.scrollAnchorPos = 0;
        this.scrollAnchorHeight = -1;
        this.scaler = IdScaler;
        this.scrollTarget = null;
        this.printing = false;
        this.mustMeasureContent = true;
        this.defaultTextDirection = Direction.LTR;
        this.visibleRanges = [];
        this.mustEnforceCursorAssoc = false;
        let guessWrapping = state2.facet(contentAttributes).some((v) => typeof v != "function" && v.class == "cm-lineWrapping");
        this.heightOracle = new HeightOracle(guessWrapping);
        this.stateDeco = staticDeco(state2);
        this.heightMap = HeightMap.empty().applyChanges(this.stateDeco, Text.empty, this.heightOracle.setDoc(state2.doc), [new ChangedRange(0, 0, 0, state2.doc.length)]);
        for (let i2 = 0; i2 < 2; i2++) {
          this.viewport = this.getViewport(0, null);
          if (!this.updateForViewport())
            break;
        }
        this.updateViewportLines();
        this.lineGaps = this.ensureLineGaps([]);
        this.lineGapDeco = Decoration.set(this.lineGaps.map((gap) => gap.draw(this, guessWrapping)));
        this.scrollParent = view.scrollDOM;
        this.computeVisibleRanges();
      }
      updateForViewport() {
        let viewports = [this.viewport], { main: main2 } = this.state.selection;
        for (let i2 = 0; i2 <= 1; i2++) {
          let pos = i2 ? main2.head : main2.anchor;
          if (!viewports.some(({ from, to }) => pos >= from && pos <= to)) {
            let { from, to } = this.lineBlockAt(pos);
            viewports.push(new Viewport(from, to));
          }
        }
        this.viewports = viewports.sort((a, b) => a.from - b.from);
        return this.updateScaler();
      }
      updateScaler() {
        let scaler = this.scaler;
        this.scaler = this.heightMap.height <= 7e6 ? IdScaler : BigScaler.get(this.heightOracle, this.heightMap, this.viewports);
        return scaler.eq(this.scaler) ? 0 : 2;
      }
      updateViewportLines() {
        this.viewportLines = [];
        this.heightMap.forEachLine(this.viewport.from, this.viewport.to, this.heightOracle.setDoc(this.state.doc), 0, 0, (block2) => {
          this.viewportLines.push(scaleBlock(block2, this.scaler));
        });
      }
      update(update2, scrollTarget = null) {
        this.state = update2.state;
        let prevDeco = this.stateDeco;
        this.stateDeco = staticDeco(this.state);
        let contentChanges = update2.changedRanges;
        let heightChanges = ChangedRange.extendWithRanges(contentChanges, heightRelevantDecoChanges(prevDeco, this.stateDeco, update2 ? update2.changes : ChangeSet.empty(this.state.doc.length)));
        let prevHeight = this.heightMap.height;
        let scrollAnchor = this.scrolledToBottom ? null : this.scrollAnchorAt(this.scrollOffset);
        clearHeightChangeFlag();
        this.heightMap = this.heightMap.applyChanges(this.stateDeco, update2.startState.doc, this.heightOracle.setDoc(this.state.doc), heightChanges);
        if (this.heightMap.height != prevHeight || heightChangeFlag)
          update2.flags |= 2;
        if (scrollAnchor) {
          this.scrollAnchorPos = update2.changes.mapPos(scrollAnchor.from, -1);
          this.scrollAnchorHeight = scrollAnchor.top;
        } else {
          this.scrollAnchorPos = -1;
          this.scrollAnchorHeight = prevHeight;
        }
        let viewport = heightChanges.length ? this.mapViewport(this.viewport, update2.changes) : this.viewport;
        if (scrollTarget && (scrollTarget.range.head < viewport.from || scrollTarget.range.head > viewport.to) || !this.viewportIsAppropriate(viewport))
          viewport = this.getViewport(0, scrollTarget);
        let viewportChange = viewport.from != this.viewport.from || viewport.to != this.viewport.to;
        this.viewport = viewport;
        update2.flags |= this.updateForViewport();
        if (viewportChange || !update2.changes.empty || update2.flags & 2)
          this.updateViewportLines();
        if (this.lineGaps.length || this.viewport.to - this.viewport.from > 2e3 << 1)
          this.updateLineGaps(this.ensureLineGaps(this.mapLineGaps(this.lineGaps, update2.changes)));
        update2.flags |= this.computeVisibleRanges(update2.changes);
        if (scrollTarget)
          this.scrollTarget = scrollTarget;
        if (!this.mustEnforceCursorAssoc && (update2.selectionSet || update2.focusChanged) && update2.view.lineWrapping && update2.state.selection.main.empty && update2.state.selection.main.assoc && !update2.state.facet(nativeSelectionHidden))
          this.mustEnforceCursorAssoc = true;
      }
      measure() {
        let { view } = this, dom = view.contentDOM, style = window.getComputedStyle(dom);
        let oracle = this.heightOracle;
        let whiteSpace = style.whiteSpace;
        this.defaultTextDirection = style.direction == "rtl" ? Direction.RTL : Direction.LTR;
        let refresh = this.heightOracle.mustRefreshForWrapping(whiteSpace) || this.mustMeasureContent === "refresh";
        let domRect = dom.getBoundingClientRect();
        let measureContent = refresh || this.mustMeasureContent || this.contentDOMHeight != domRect.height;
        this.contentDOMHeight = domRect.height;
        this.mustMeasureContent = false;
        let result = 0, bias = 0;
        if (domRect.width && domRect.height) {
          let { scaleX, scaleY } = getScale(dom, domRect);
          if (scaleX > 5e-3 && Math.abs(this.scaleX - scaleX) > 5e-3 || scaleY > 5e-3 && Math.abs(this.scaleY - scaleY) > 5e-3) {
            this.scaleX = scaleX;
            this.scaleY = scaleY;
            result |= 16;
            refresh = measureContent = true;
          }
        }
        let paddingTop = (parseInt(style.paddingTop) || 0) * this.scaleY;
        let paddingBottom = (parseInt(style.paddingBottom) || 0) * this.scaleY;
        if (this.paddingTop != paddingTop || this.paddingBottom != paddingBottom) {
          this.paddingTop = paddingTop;
          this.paddingBottom = paddingBottom;
          result |= 16 | 2;
        }
        if (this.editorWidth != view.scrollDOM.clientWidth) {
          if (oracle.lineWrapping)
            measureContent = true;
          this.editorWidth = view.scrollDOM.clientWidth;
          result |= 16;
        }
        let scrollParent = scrollableParents(this.view.contentDOM, false).y;
        if (scrollParent != this.scrollParent) {
          this.scrollParent = scrollParent;
          this.scrollAnchorHeight = -1;
          this.scrollOffset = 0;
        }
        let scrollOffset = this.getScrollOffset();
        if (this.scrollOffset != scrollOffset) {
          this.scrollAnchorHeight = -1;
          this.scrollOffset = scrollOffset;
        }
        this.scrolledToBottom = isScrolledToBottom(this.scrollParent || view.win);
        let pixelViewport = (this.printing ? fullPixelRange : visiblePixelRange)(dom, this.paddingTop);
        let dTop = pixelViewport.top - this.pixelViewport.top, dBottom = pixelViewport.bottom - this.pixelViewport.bottom;
        this.pixelViewport = pixelViewport;
        let inView = this.pixelViewport.bottom > this.pixelViewport.top && this.pixelViewport.right > this.pixelViewport.left;
        if (inView != this.inView) {
          this.inView = inView;
          if (inView)
            measureContent = true;
        }
        if (!this.inView && !this.scrollTarget && !inWindow(view.dom))
          return 0;
        let contentWidth = domRect.width, oldContentWidth = this.contentDOMWidth;
        if (oldContentWidth != contentWidth || this.editorHeight != view.scrollDOM.clientHeight) {
          this.contentDOMWidth = domRect.width;
          this.editorHeight = view.scrollDOM.clientHeight;
          result |= 16;
        }
        if (measureContent) {
          let lineHeights = view.docView.measureVisibleLineHeights(this.viewport);
          if (oracle.mustRefreshForHeights(lineHeights))
            refresh = true;
          if (refresh || oracle.lineWrapping && Math.abs(contentWidth - oldContentWidth) > oracle.charWidth) {
            let { lineHeight, charWidth, textHeight } = view.docView.measureTextSize();
            refresh = lineHeight > 0 && oracle.refresh(whiteSpace, lineHeight, charWidth, textHeight, Math.max(5, contentWidth / charWidth), lineHeights);
            if (refresh) {
              view.docView.minWidth = 0;
              result |= 16;
            }
          }
          if (dTop > 0 && dBottom > 0)
            bias = Math.max(dTop, dBottom);
          else if (dTop < 0 && dBottom < 0)
            bias = Math.min(dTop, dBottom);
          clearHeightChangeFlag();
          for (let vp of this.viewports) {
            let heights = vp.from == this.viewport.from ? lineHeights : view.docView.measureVisibleLineHeights(vp);
            let wrapGaps = this.lineGaps.length && this.heightOracle.lineWrapping ? this.lineGaps : null;
            this.heightMap = (refresh ? HeightMap.empty().applyChanges(this.stateDeco, Text.empty, this.heightOracle, [new ChangedRange(0, 0, 0, view.state.doc.length)]) : this.heightMap).updateHeight(oracle, 0, refresh, new MeasuredHeights(vp.from, heights, wrapGaps));
          }
          if (heightChangeFlag)
            result |= 2;
        }
        let viewportChange = !this.viewportIsAppropriate(this.viewport, bias) || this.scrollTarget && (this.scrollTarget.range.head < this.viewport.from || this.scrollTarget.range.head > this.viewport.to);
        if (viewportChange) {
          if (result & 2)
            result |= this.updateScaler();
          this.viewport = this.getViewport(bias, this.scrollTarget);
          result |= this.updateForViewport();
        }
        if (result & 2 || viewportChange)
          this.updateViewportLines();
        if (this.lineGaps.length || this.viewport.to - this.viewport.from > 2e3 << 1)
          this.updateLineGaps(this.ensureLineGaps(refresh ? [] : this.lineGaps, view));
        result |= this.computeVisibleRanges();
        if (this.mustEnforceCursorAssoc) {
          this.mustEnforceCursorAssoc = false;
          view.docView.enforceCursorAssoc();
        }
        return result;
      }
      setMustMeasure() {
        if (!this.mustMeasureContent)
          this.mustMeasureContent = true;
      }
      get visibleTop() {
        return this.scaler.fromDOM(this.pixelViewport.top);
      }
      get visibleBottom() {
        return this.scaler.fromDOM(this.pixelViewport.bottom);
      }
      getViewport(bias, scrollTarget) {
        let marginTop = 0.5 - Math.max(-0.5, Math.min(0.5, bias / 1e3 / 2));
        let map = this.heightMap, oracle = this.heightOracle;
        let { visibleTop, visibleBottom } = this;
        let viewport = new Viewport(map.lineAt(visibleTop - marginTop * 1e3, QueryType.ByHeight, oracle, 0, 0).from, map.lineAt(visibleBottom + (1 - marginTop) * 1e3, QueryType.ByHeight, oracle, 0, 0).to);
        if (scrollTarget) {
          let { head } = scrollTarget.range;
          if (head < viewport.from || head > viewport.to) {
            let viewHeight = Math.min(this.editorHeight, this.pixelViewport.bottom - this.pixelViewport.top);
            let block2 = map.lineAt(head, QueryType.ByPos, oracle, 0, 0), topPos;
            if (scrollTarget.y == "center")
              topPos = (block2.top + block2.bottom) / 2 - viewHeight / 2;
            else if (scrollTarget.y == "start" || scrollTarget.y == "nearest" && head < viewport.from)
              topPos = block2.top;
            else
              topPos = block2.bottom - viewHeight;
            viewport = new Viewport(map.lineAt(topPos - 1e3 / 2, QueryType.ByHeight, oracle, 0, 0).from, map.lineAt(topPos + viewHeight + 1e3 / 2, QueryType.ByHeight, oracle, 0, 0).to);
          }
        }
        return viewport;
      }
      mapViewport(viewport, changes) {
        let from = changes.mapPos(viewport.from, -1), to = changes.mapPos(viewport.to, 1);
        return new Viewport(this.heightMap.lineAt(from, QueryType.ByPos, this.heightOracle, 0, 0).from, this.heightMap.lineAt(to, QueryType.ByPos, this.heightOracle, 0, 0).to);
      }
      // Checks if a given viewport covers the visible part of the
      // document and not too much beyond that.
      viewportIsAppropriate({ from, to }, bias = 0) {
        if (!this.inView)
          return true;
        let { top: top2 } = this.heightMap.lineAt(from, QueryType.ByPos, this.heightOracle, 0, 0);
        let { bottom } = this.heightMap.lineAt(to, QueryType.ByPos, this.heightOracle, 0, 0);
        let { visibleTop, visibleBottom } = this;
        return (from == 0 || top2 <= visibleTop - Math.max(10, Math.min(
          -bias,
          250
          /* VP.MaxCoverMargin */
        ))) && (to == this.state.doc.length || bottom >= visibleBottom + Math.max(10, Math.min(
          bias,
          250
          /* VP.MaxCoverMargin */
        ))) && (top2 > visibleTop - 2 * 1e3 && bottom < visibleBottom + 2 * 1e3);
      }
      mapLineGaps(gaps, changes) {
        if (!gaps.length || changes.empty)
          return gaps;
        let mapped = [];
        for (let gap of gaps)
          if (!changes.touchesRange(gap.from, gap.to))
            mapped.push(new LineGap(changes.mapPos(gap.from), changes.mapPos(gap.to), gap.size, gap.displaySize));
        return mapped;
      }
      // Computes positions in the viewport where the start or end of a
      // line should be hidden, trying to reuse existing line gaps when
      // appropriate to avoid unneccesary redraws.
      // Uses crude character-counting for the positioning and sizing,
      // since actual DOM coordinates aren't always available and
      // predictable. Relies on generous margins (see LG.Margin) to hide
      // the artifacts this might produce from the user.
      ensureLineGaps(current, mayMeasure) {
        let wrapping = this.heightOracle.lineWrapping;
        let margin = wrapping ? 1e4 : 2e3, halfMargin = margin >> 1, doubleMargin = margin << 1;
        if (this.defaultTextDirection != Direction.LTR && !wrapping)
          return [];
        let gaps = [];
        let addGap = (from, to, line, structure) => {
          if (to - from < halfMargin)
            return;
          let sel = this.state.selection.main, avoid = [sel.from];
          if (!sel.empty)
            avoid.push(sel.to);
          for (let pos of avoid) {
            if (pos > from && pos < to) {
              addGap(from, pos - 10, line, structure);
              addGap(pos + 10, to, line, structure);
              return;
            }
          }
          let gap = find(current, (gap2) => gap2.from >= line.from && gap2.to <= line.to && Math.abs(gap2.from - from) < halfMargin && Math.abs(gap2.to - to) < halfMargin && !avoid.some((pos) => gap2.from < pos && gap2.to > pos));
          if (!gap) {
            if (to < line.to && mayMeasure && wrapping && mayMeasure.visibleRanges.some((r) => r.from <= to && r.to >= to)) {
              let lineStart = mayMeasure.moveToLineBoundary(EditorSelection.cursor(to), false, true).head;
              if (lineStart > from)
                to = lineStart;
            }
            let size = this.gapSize(line, from, to, structure);
            let displaySize = wrapping || size < 2e6 ? size : 2e6;
            gap = new LineGap(from, to, size, displaySize);
          }
          gaps.push(gap);
        };
        let checkLine = (line) => {
          if (line.length < doubleMargin || line.type != BlockType.Text)
            return;
          let structure = lineStructure(line.from, line.to, this.stateDeco);
          if (structure.total < doubleMargin)
            return;
          let target = this.scrollTarget ? this.scrollTarget.range.head : null;
          let viewFrom, viewTo;
          if (wrapping) {
            let marginHeight = margin / this.heightOracle.lineLength * this.heightOracle.lineHeight;
            let top2, bot;
            if (target != null) {
              let targetFrac = findFraction(structure, target);
              let spaceFrac = ((this.visibleBottom - this.visibleTop) / 2 + marginHeight) / line.height;
              top2 = targetFrac - spaceFrac;
              bot = targetFrac + spaceFrac;
            } else {
              top2 = (this.visibleTop - line.top - marginHeight) / line.height;
              bot = (this.visibleBottom - line.top + marginHeight) / line.height;
            }
            viewFrom = findPosition(structure, top2);
            viewTo = findPosition(structure, bot);
          } else {
            let totalWidth = structure.total * this.heightOracle.charWidth;
            let marginWidth = margin * this.heightOracle.charWidth;
            let horizOffset = 0;
            if (totalWidth > 2e6)
              for (let old of current) {
                if (old.from >= line.from && old.from < line.to && old.size != old.displaySize && old.from * this.heightOracle.charWidth + horizOffset < this.pixelViewport.left)
                  horizOffset = old.size - old.displaySize;
              }
            let pxLeft = this.pixelViewport.left + horizOffset, pxRight = this.pixelViewport.right + horizOffset;
            let left, right;
            if (target != null) {
              let targetFrac = findFraction(structure, target);
              let spaceFrac = ((pxRight - pxLeft) / 2 + marginWidth) / totalWidth;
              left = targetFrac - spaceFrac;
              right = targetFrac + spaceFrac;
            } else {
              left = (pxLeft - marginWidth) / totalWidth;
              right = (pxRight + marginWidth) / totalWidth;
            }
            viewFrom = findPosition(structure, left);
            viewTo = findPosition(structure, right);
          }
          if (viewFrom > line.from)
            addGap(line.from, viewFrom, line, structure);
          if (viewTo < line.to)
            addGap(viewTo, line.to, line, structure);
        };
        for (let line of this.viewportLines) {
          if (Array.isArray(line.type))
            line.type.forEach(checkLine);
          else
            checkLine(line);
        }
        return gaps;
      }
      gapSize(line, from, to, structure) {
        let fraction = findFraction(structure, to) - findFraction(structure, from);
        if (this.heightOracle.lineWrapping) {
          return line.height * fraction;
        } else {
          return structure.total * this.heightOracle.charWidth * fraction;
        }
      }
      updateLineGaps(gaps) {
        if (!LineGap.same(gaps, this.lineGaps)) {
          this.lineGaps = gaps;
          this.lineGapDeco = Decoration.set(gaps.map((gap) => gap.draw(this, this.heightOracle.lineWrapping)));
        }
      }
      computeVisibleRanges(changes) {
        let deco = this.stateDeco;
        if (this.lineGaps.length)
          deco = deco.concat(this.lineGapDeco);
        let ranges = [];
        RangeSet.spans(deco, this.viewport.from, this.viewport.to, {
          span(from, to) {
            ranges.push({ from, to });
          },
          point() {
          }
        }, 20);
        let changed = 0;
        if (ranges.length != this.visibleRanges.length) {
          changed = 8 | 4;
        } else {
          for (let i2 = 0; i2 < ranges.length && !(changed & 8); i2++) {
            let old = this.visibleRanges[i2], nw = ranges[i2];
            if (old.from != nw.from || old.to != nw.to) {
              changed |= 4;
              if (!(changes && changes.mapPos(old.from, -1) == nw.from && changes.mapPos(old.to, 1) == nw.to))
                changed |= 8;
            }
          }
        }
        this.visibleRanges = ranges;
        return changed;
      }
      lineBlockAt(pos) {
        return pos >= this.viewport.from && pos <= this.viewport.to && this.viewportLines.find((b) => b.from <= pos && b.to >= pos) || scaleBlock(this.heightMap.lineAt(pos, QueryType.ByPos, this.heightOracle, 0, 0), this.scaler);
      }
      lineBlockAtHeight(height) {
        return height >= this.viewportLines[0].top && height <= this.viewportLines[this.viewportLines.length - 1].bottom && this.viewportLines.find((l) => l.top <= height && l.bottom >= height) || scaleBlock(this.heightMap.lineAt(this.scaler.fromDOM(height), QueryType.ByHeight, this.heightOracle, 0, 0), this.scaler);
      }
      getScrollOffset() {
        return this.scrollParent == this.view.scrollDOM ? this.scrollParent.scrollTop * this.scaleY : (this.scrollParent ? this.scrollParent.getBoundingClientRect().top : 0) - this.view.contentDOM.getBoundingClientRect().top;
      }
      scrollAnchorAt(scrollOffset) {
        let block2 = this.lineBlockAtHeight(scrollOffset + 12 - this.paddingTop);
        return block2.from >= this.viewport.from || this.viewportLines[0].top - scrollOffset > 200 ? block2 : this.viewportLines[0];
      }
      elementAtHeight(height) {
        return scaleBlock(this.heightMap.blockAt(this.scaler.fromDOM(height), this.heightOracle, 0, 0), this.scaler);
      }
      get docHeight() {
        return this.scaler.toDOM(this.heightMap.height);
      }
      get contentHeight() {
        return this.docHeight + this.paddingTop + this.paddingBottom;
      }
    };
    Viewport = class {
      constructor(from, to) {
        this.from = from;
        this.to = to;
      }
    };
    IdScaler = {
      toDOM(n) {
        return n;
      },
      fromDOM(n) {
        return n;
      },
      scale: 1,
      eq(other) {
        return other == this;
      }
    };
    BigScaler = class _BigScaler {
      constructor(scale, viewports) {
        this.scale = scale;
        this.viewports = viewports;
      }
      static get(oracle, heightMap, viewports) {
        let vpHeight = 0, base2 = 0, domBase = 0;
        let vps = viewports.map(({ from, to }) => {
          let top2 = heightMap.lineAt(from, QueryType.ByPos, oracle, 0, 0).top;
          let bottom = heightMap.lineAt(to, QueryType.ByPos, oracle, 0, 0).bottom;
          vpHeight += bottom - top2;
          return { from, to, top: top2, bottom, domTop: 0, domBottom: 0 };
        });
        if (heightMap.height - vpHeight < 10)
          return IdScaler;
        let scale = (7e6 - vpHeight) / (heightMap.height - vpHeight);
        for (let obj of vps) {
          obj.domTop = domBase + (obj.top - base2) * scale;
          domBase = obj.domBottom = obj.domTop + (obj.bottom - obj.top);
          base2 = obj.bottom;
        }
        return new _BigScaler(scale, vps);
      }
      toDOM(n) {
        for (let i2 = 0, base2 = 0, domBase = 0; ; i2++) {
          let vp = i2 < this.viewports.length ? this.viewports[i2] : null;
          if (!vp || n < vp.top)
            return domBase + (n - base2) * this.scale;
          if (n <= vp.bottom)
            return vp.domTop + (n - vp.top);
          base2 = vp.bottom;
          domBase = vp.domBottom;
        }
      }
      fromDOM(n) {
        for (let i2 = 0, base2 = 0, domBase = 0; ; i2++) {
          let vp = i2 < this.viewports.length ? this.viewports[i2] : null;
          if (!vp || n < vp.domTop)
            return base2 + (n - domBase) / this.scale;
          if (n <= vp.domBottom)
            return vp.top + (n - vp.domTop);
          base2 = vp.bottom;
          domBase = vp.domBottom;
        }
      }
      eq(other) {
        if (!(other instanceof _BigScaler))
          return false;
        return this.scale == other.scale && this.viewports.length == other.viewports.length && this.viewports.every((vp, i2) => vp.from == other.viewports[i2].from && vp.to == other.viewports[i2].to);
      }
    };
    theme = /* @__PURE__ */ Facet.define({ combine: (strs) => strs.join(" ") });
    darkTheme = /* @__PURE__ */ Facet.define({ combine: (values) => values.indexOf(true) > -1 });
    baseThemeID = /* @__PURE__ */ StyleModule.newName();
    baseLightID = /* @__PURE__ */ StyleModule.newName();
    baseDarkID = /* @__PURE__ */ StyleModule.newName();
    lightDarkIDs = { "&light": "." + baseLightID, "&dark": "." + baseDarkID };
    baseTheme$1 = /* @__PURE__ */ buildTheme("." + baseThemeID, {
      "&": {
        position: "relative !important",
        boxSizing: "border-box",
        "&.cm-focused": {
          // Provide a simple default outline to make sure a focused
          // editor is visually distinct. Can't leave the default behavior
          // because that will apply to the content element, which is
          // inside the scrollable container and doesn't include the
          // gutters. We also can't use an 'auto' outline, since those
          // are, for some reason, drawn behind the element content, which
          // will cause things like the active line background to cover
          // the outline (#297).
          outline: "1px dotted #212121"
        },
        display: "flex !important",
        flexDirection: "column"
      },
      ".cm-scroller": {
        display: "flex !important",
        alignItems: "flex-start !important",
        fontFamily: "monospace",
        lineHeight: 1.4,
        height: "100%",
        overflowX: "auto",
        position: "relative",
        zIndex: 0,
        overflowAnchor: "none"
      },
      ".cm-content": {
        margin: 0,
        flexGrow: 2,
        flexShrink: 0,
        display: "block",
        whiteSpace: "pre",
        wordWrap: "normal",
        // Issue #456
        boxSizing: "border-box",
        minHeight: "100%",
        padding: "4px 0",
        outline: "none",
        "&[contenteditable=true]": {
          WebkitUserModify: "read-write-plaintext-only"
        }
      },
      ".cm-lineWrapping": {
        whiteSpace_fallback: "pre-wrap",
        // For IE
        whiteSpace: "break-spaces",
        wordBreak: "break-word",
        // For Safari, which doesn't support overflow-wrap: anywhere
        overflowWrap: "anywhere",
        flexShrink: 1
      },
      "&light .cm-content": { caretColor: "black" },
      "&dark .cm-content": { caretColor: "white" },
      ".cm-line": {
        display: "block",
        padding: "0 2px 0 6px"
      },
      ".cm-layer": {
        userSelect: "none",
        // #1708
        position: "absolute",
        left: 0,
        top: 0,
        contain: "size style",
        "& > *": {
          position: "absolute"
        }
      },
      "&light .cm-selectionBackground": {
        background: "#d9d9d9"
      },
      "&dark .cm-selectionBackground": {
        background: "#222"
      },
      "&light.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground": {
        background: "#d7d4f0"
      },
      "&dark.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground": {
        background: "#233"
      },
      ".cm-cursorLayer": {
        pointerEvents: "none"
      },
      "&.cm-focused > .cm-scroller > .cm-cursorLayer": {
        animation: "steps(1) cm-blink 1.2s infinite"
      },
      // Two animations defined so that we can switch between them to
      // restart the animation without forcing another style
      // recomputation.
      "@keyframes cm-blink": { "0%": {}, "50%": { opacity: 0 }, "100%": {} },
      "@keyframes cm-blink2": { "0%": {}, "50%": { opacity: 0 }, "100%": {} },
      ".cm-cursor, .cm-dropCursor": {
        borderLeft: "1.2px solid black",
        marginLeft: "-0.6px",
        pointerEvents: "none"
      },
      ".cm-cursor": {
        display: "none"
      },
      "&dark .cm-cursor": {
        borderLeftColor: "#ddd"
      },
      ".cm-selectionHandle": {
        backgroundColor: "currentColor",
        width: "1.5px"
      },
      ".cm-selectionHandle-start::before, .cm-selectionHandle-end::before": {
        content: '""',
        backgroundColor: "inherit",
        borderRadius: "50%",
        width: "8px",
        height: "8px",
        position: "absolute",
        left: "-3.25px"
      },
      ".cm-selectionHandle-start::before": { top: "-8px" },
      ".cm-selectionHandle-end::before": { bottom: "-8px" },
      ".cm-dropCursor": {
        position: "absolute"
      },
      "&.cm-focused > .cm-scroller > .cm-cursorLayer .cm-cursor": {
        display: "block"
      },
      ".cm-iso": {
        unicodeBidi: "isolate"
      },
      ".cm-announced": {
        position: "fixed",
        top: "-10000px"
      },
      "@media print": {
        ".cm-announced": { display: "none" }
      },
      "&light .cm-activeLine": { backgroundColor: "#cceeff44" },
      "&dark .cm-activeLine": { backgroundColor: "#99eeff33" },
      "&light .cm-specialChar": { color: "red" },
      "&dark .cm-specialChar": { color: "#f78" },
      ".cm-gutters": {
        flexShrink: 0,
        display: "flex",
        height: "100%",
        boxSizing: "border-box",
        zIndex: 200
      },
      ".cm-gutters-before": { insetInlineStart: 0 },
      ".cm-gutters-after": { insetInlineEnd: 0 },
      "&light .cm-gutters": {
        backgroundColor: "#f5f5f5",
        color: "#6c6c6c",
        border: "0px solid #ddd",
        "&.cm-gutters-before": { borderRightWidth: "1px" },
        "&.cm-gutters-after": { borderLeftWidth: "1px" }
      },
      "&dark .cm-gutters": {
        backgroundColor: "#333338",
        color: "#ccc"
      },
      ".cm-gutter": {
        display: "flex !important",
        // Necessary -- prevents margin collapsing
        flexDirection: "column",
        flexShrink: 0,
        boxSizing: "border-box",
        minHeight: "100%",
        overflow: "hidden"
      },
      ".cm-gutterElement": {
        boxSizing: "border-box"
      },
      ".cm-lineNumbers .cm-gutterElement": {
        padding: "0 3px 0 5px",
        minWidth: "20px",
        textAlign: "right",
        whiteSpace: "nowrap"
      },
      "&light .cm-activeLineGutter": {
        backgroundColor: "#e2f2ff"
      },
      "&dark .cm-activeLineGutter": {
        backgroundColor: "#222227"
      },
      ".cm-panels": {
        boxSizing: "border-box",
        position: "sticky",
        left: 0,
        right: 0,
        zIndex: 300
      },
      "&light .cm-panels": {
        backgroundColor: "#f5f5f5",
        color: "black"
      },
      ".cm-panels-top": { top: "0" },
      ".cm-panels-bottom": { bottom: "0" },
      "&light .cm-panels-top": {
        borderBottom: "1px solid #ddd"
      },
      "&light .cm-panels-bottom": {
        borderTop: "1px solid #ddd"
      },
      "&dark .cm-panels": {
        backgroundColor: "#333338",
        color: "white"
      },
      ".cm-dialog": {
        padding: "2px 19px 4px 6px",
        position: "relative",
        "& label": { fontSize: "80%" }
      },
      ".cm-dialog-close": {
        position: "absolute",
        top: "3px",
        right: "4px",
        backgroundColor: "inherit",
        border: "none",
        font: "inherit",
        fontSize: "14px",
        padding: "0"
      },
      ".cm-tab": {
        display: "inline-block",
        overflow: "hidden",
        verticalAlign: "bottom"
      },
      ".cm-widgetBuffer": {
        verticalAlign: "baseline",
        height: "1em",
        width: 0,
        display: "inline"
      },
      ".cm-placeholder": {
        color: "#888",
        display: "inline-block",
        verticalAlign: "top",
        userSelect: "none"
      },
      ".cm-highlightSpace": {
        background: "radial-gradient(circle at 50% 55%, #aaa 20%, transparent 0) no-repeat",
        backgroundSize: ".4em",
        backgroundPosition: "calc(min(50%, 0px)) center"
      },
      ".cm-highlightTab": {
        backgroundImage: `url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20"><path stroke="%23888" stroke-width="1" fill="none" d="M1 10H196L190 5M190 15L196 10M197 4L197 16"/></svg>')`,
        backgroundSize: "auto 100%",
        backgroundPosition: "right 90%",
        backgroundRepeat: "no-repeat"
      },
      ".cm-trailingSpace": {
        backgroundColor: "#ff332255"
      },
      ".cm-button": {
        verticalAlign: "middle",
        color: "inherit",
        fontSize: "70%",
        padding: ".2em 1em",
        borderRadius: "1px"
      },
      "&light .cm-button": {
        backgroundImage: "linear-gradient(#eff1f5, #d9d9df)",
        border: "1px solid #888",
        "&:active": {
          backgroundImage: "linear-gradient(#b4b4b4, #d0d3d6)"
        }
      },
      "&dark .cm-button": {
        backgroundImage: "linear-gradient(#393939, #111)",
        border: "1px solid #888",
        "&:active": {
          backgroundImage: "linear-gradient(#111, #333)"
        }
      },
      ".cm-textfield": {
        verticalAlign: "middle",
        color: "inherit",
        fontSize: "70%",
        border: "1px solid silver",
        padding: ".2em .5em"
      },
      "&light .cm-textfield": {
        backgroundColor: "white"
      },
      "&dark .cm-textfield": {
        border: "1px solid #555",
        backgroundColor: "inherit"
      }
    }, lightDarkIDs);
    observeOptions = {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      characterDataOldValue: true
    };
    useCharData = browser.ie && browser.ie_version <= 11;
    DOMObserver = class {
      constructor(view) {
        this.view = view;
        this.active = false;
        this.editContext = null;
        this.selectionRange = new DOMSelectionState();
        this.selectionChanged = false;
        this.delayedFlush = -1;
        this.resizeTimeout = -1;
        this.queue = [];
        this.delayedAndroidKey = null;
        this.flushingAndroidKey = -1;
        this.lastChange = 0;
        this.scrollTargets = [];
        this.intersection = null;
        this.resizeScroll = null;
        this.intersecting = false;
        this.gapIntersection = null;
        this.gaps = [];
        this.printQuery = null;
        this.parentCheck = -1;
        this.dom = view.contentDOM;
        this.observer = new MutationObserver((mutations) => {
          for (let mut of mutations)
            this.queue.push(mut);
          if ((browser.ie && browser.ie_version <= 11 || browser.ios && view.composing) && mutations.some((m) => m.type == "childList" && m.removedNodes.length || m.type == "characterData" && m.oldValue.length > m.target.nodeValue.length))
            this.flushSoon();
          else if (browser.ios && mutations.some((m) => m.type == "childList" && Array.prototype.some.call(m.addedNodes, isBlockElement)))
            this.flushSoon();
          else
            this.flush();
        });
        if (window.EditContext && browser.android && view.constructor.EDIT_CONTEXT !== false && // Chrome <126 doesn't support inverted selections in edit context (#1392)
        !(browser.chrome && browser.chrome_version < 126)) {
          this.editContext = new EditContextManager(view);
          if (view.state.facet(editable))
            view.contentDOM.editContext = this.editContext.editContext;
        }
        if (useCharData)
          this.onCharData = (event) => {
            this.queue.push({
              target: event.target,
              type: "characterData",
              oldValue: event.prevValue
            });
            this.flushSoon();
          };
        this.onSelectionChange = this.onSelectionChange.bind(this);
        this.onResize = this.onResize.bind(this);
        this.onPrint = this.onPrint.bind(this);
        this.onScroll = this.onScroll.bind(this);
        if (window.matchMedia)
          this.printQuery = window.matchMedia("print");
        if (typeof ResizeObserver == "function") {
          this.resizeScroll = new ResizeObserver(() => {
            var _a2;
            if (((_a2 = this.view.docView) === null || _a2 === void 0 ? void 0 : _a2.lastUpdate) < Date.now() - 75)
              this.onResize();
          });
          this.resizeScroll.observe(view.scrollDOM);
        }
        this.addWindowListeners(this.win = view.win);
        this.start();
        if (typeof IntersectionObserver == "function") {
          this.intersection = new IntersectionObserver((entries) => {
            if (this.parentCheck < 0)
              this.parentCheck = setTimeout(this.listenForScroll.bind(this), 1e3);
            if (entries.length > 0 && entries[entries.length - 1].intersectionRatio > 0 != this.intersecting) {
              this.intersecting = !this.intersecting;
              if (this.intersecting != this.view.inView)
                this.onScrollChanged(document.createEvent("Event"));
            }
          }, { threshold: [0, 1e-3] });
          this.intersection.observe(this.dom);
          this.gapIntersection = new IntersectionObserver((entries) => {
            if (entries.length > 0 && entries[entries.length - 1].intersectionRatio > 0)
              this.onScrollChanged(document.createEvent("Event"));
          }, {});
        }
        this.listenForScroll();
        this.readSelectionRange();
      }
      onScrollChanged(e) {
        this.view.inputState.runHandlers("scroll", e);
        if (this.intersecting)
          this.view.measure();
      }
      onScroll(e) {
        if (this.intersecting)
          this.flush(this.pendingRecords().length > 0);
        if (this.editContext)
          this.view.requestMeasure(this.editContext.measureReq);
        this.onScrollChanged(e);
      }
      onResize() {
        if (this.resizeTimeout < 0)
          this.resizeTimeout = setTimeout(() => {
            this.resizeTimeout = -1;
            this.view.requestMeasure();
          }, 50);
      }
      onPrint(event) {
        if ((event.type == "change" || !event.type) && !event.matches)
          return;
        this.view.viewState.printing = true;
        this.view.measure();
        setTimeout(() => {
          this.view.viewState.printing = false;
          this.view.requestMeasure();
        }, 500);
      }
      updateGaps(gaps) {
        if (this.gapIntersection && (gaps.length != this.gaps.length || this.gaps.some((g, i2) => g != gaps[i2]))) {
          this.gapIntersection.disconnect();
          for (let gap of gaps)
            this.gapIntersection.observe(gap);
          this.gaps = gaps;
        }
      }
      onSelectionChange(event) {
        let wasChanged = this.selectionChanged;
        this.view.inputState.selectionchange();
        if (!this.readSelectionRange() || this.delayedAndroidKey)
          return;
        let { view } = this, sel = this.selectionRange;
        if (view.state.facet(editable) ? view.root.activeElement != this.dom : !hasSelection(this.dom, sel))
          return;
        let context = sel.anchorNode && view.docView.tile.nearest(sel.anchorNode);
        if (context && context.isWidget() && context.widget.ignoreEvent(event)) {
          if (!wasChanged)
            this.selectionChanged = false;
          return;
        }
        if ((browser.ie && browser.ie_version <= 11 || browser.android && browser.chrome) && !view.state.selection.main.empty && // (Selection.isCollapsed isn't reliable on IE)
        sel.focusNode && isEquivalentPosition(sel.focusNode, sel.focusOffset, sel.anchorNode, sel.anchorOffset))
          this.flushSoon();
        else
          this.flush(false);
      }
      readSelectionRange() {
        let { view } = this;
        let selection = view.dom.isConnected ? getSelection(view.root) : null;
        if (!selection)
          return false;
        let range = browser.safari && view.root.nodeType == 11 && view.root.activeElement == this.dom && safariSelectionRangeHack(this.view, selection) || selection;
        if (!range || this.selectionRange.eq(range))
          return false;
        let local = hasSelection(this.dom, range);
        if (local && !this.selectionChanged && view.inputState.lastFocusTime > Date.now() - 200 && view.inputState.lastTouchTime < Date.now() - 300 && atElementStart(this.dom, range) && this.view.updateState == 0) {
          this.view.inputState.lastFocusTime = 0;
          view.docView.updateSelection();
          return false;
        }
        this.selectionRange.setRange(range);
        if (local)
          this.selectionChanged = true;
        return true;
      }
      setSelectionRange(anchor, head) {
        this.selectionRange.set(anchor.node, anchor.offset, head.node, head.offset);
        this.selectionChanged = false;
      }
      clearSelectionRange() {
        this.selectionRange.set(null, 0, null, 0);
      }
      listenForScroll() {
        this.parentCheck = -1;
        let i2 = 0, changed = null;
        for (let dom = this.dom; dom; ) {
          if (isElt(dom)) {
            if (!changed && i2 < this.scrollTargets.length && this.scrollTargets[i2] == dom)
              i2++;
            else if (!changed)
              changed = this.scrollTargets.slice(0, i2);
            if (changed)
              changed.push(dom);
            dom = dom.assignedSlot || dom.parentNode;
          } else if (dom.nodeType == 11) {
            dom = dom.host;
          } else {
            break;
          }
        }
        if (i2 < this.scrollTargets.length && !changed)
          changed = this.scrollTargets.slice(0, i2);
        if (changed) {
          for (let dom of this.scrollTargets)
            dom.removeEventListener("scroll", this.onScroll);
          for (let dom of this.scrollTargets = changed)
            dom.addEventListener("scroll", this.onScroll);
        }
      }
      ignore(f) {
        if (!this.active)
          return f();
        try {
          this.stop();
          return f();
        } finally {
          this.start();
          this.clear();
        }
      }
      start() {
        if (this.active)
          return;
        this.observer.observe(this.dom, observeOptions);
        if (useCharData)
          this.dom.addEventListener("DOMCharacterDataModified", this.onCharData);
        this.active = true;
      }
      stop() {
        if (!this.active)
          return;
        this.active = false;
        this.observer.disconnect();
        if (useCharData)
          this.dom.removeEventListener("DOMCharacterDataModified", this.onCharData);
      }
      // Throw away any pending changes
      clear() {
        this.processRecords();
        this.queue.length = 0;
        this.selectionChanged = false;
      }
      // Chrome Android, especially in combination with GBoard, not only
      // doesn't reliably fire regular key events, but also often
      // surrounds the effect of enter or backspace with a bunch of
      // composition events that, when interrupted, cause text duplication
      // or other kinds of corruption. This hack makes the editor back off
      // from handling DOM changes for a moment when such a key is
      // detected (via beforeinput or keydown), and then tries to flush
      // them or, if that has no effect, dispatches the given key.
      delayAndroidKey(key, keyCode) {
        var _a2;
        if (!this.delayedAndroidKey) {
          let flush = () => {
            let key2 = this.delayedAndroidKey;
            if (key2) {
              this.clearDelayedAndroidKey();
              this.view.inputState.lastKeyCode = key2.keyCode;
              this.view.inputState.lastKeyTime = Date.now();
              let flushed = this.flush();
              if (!flushed && key2.force)
                dispatchKey(this.dom, key2.key, key2.keyCode);
            }
          };
          this.flushingAndroidKey = this.view.win.requestAnimationFrame(flush);
        }
        if (!this.delayedAndroidKey || key == "Enter")
          this.delayedAndroidKey = {
            key,
            keyCode,
            // Only run the key handler when no changes are detected if
            // this isn't coming right after another change, in which case
            // it is probably part of a weird chain of updates, and should
            // be ignored if it returns the DOM to its previous state.
            force: this.lastChange < Date.now() - 50 || !!((_a2 = this.delayedAndroidKey) === null || _a2 === void 0 ? void 0 : _a2.force)
          };
      }
      clearDelayedAndroidKey() {
        this.win.cancelAnimationFrame(this.flushingAndroidKey);
        this.delayedAndroidKey = null;
        this.flushingAndroidKey = -1;
      }
      flushSoon() {
        if (this.delayedFlush < 0)
          this.delayedFlush = this.view.win.requestAnimationFrame(() => {
            this.delayedFlush = -1;
            this.flush();
          });
      }
      clearDelayedFlush() {
        if (this.delayedFlush >= 0) {
          this.view.win.cancelAnimationFrame(this.delayedFlush);
          this.delayedFlush = -1;
        }
      }
      forceFlush() {
        this.clearDelayedFlush();
        this.flush();
      }
      pendingRecords() {
        for (let mut of this.observer.takeRecords())
          this.queue.push(mut);
        return this.queue;
      }
      processRecords() {
        let records = this.pendingRecords();
        if (records.length) {
          this.queue = [];
          this.view.viewState.setMustMeasure();
        }
        let from = -1, to = -1, typeOver = false;
        for (let record2 of records) {
          let range = this.readMutation(record2);
          if (!range)
            continue;
          if (range.typeOver)
            typeOver = true;
          if (from == -1) {
            ({ from, to } = range);
          } else {
            from = Math.min(range.from, from);
            to = Math.max(range.to, to);
          }
        }
        return { from, to, typeOver };
      }
      readChange() {
        let { from, to, typeOver } = this.processRecords();
        let newSel = this.selectionChanged && hasSelection(this.dom, this.selectionRange);
        if (from < 0 && !newSel)
          return null;
        if (from > -1)
          this.lastChange = Date.now();
        this.view.inputState.lastFocusTime = 0;
        this.selectionChanged = false;
        let change = new DOMChange(this.view, from, to, typeOver);
        this.view.docView.domChanged = { newSel: change.newSel ? change.newSel.main : null };
        return change;
      }
      // Apply pending changes, if any
      flush(readSelection = true) {
        if (this.delayedFlush >= 0 || this.delayedAndroidKey)
          return false;
        if (readSelection)
          this.readSelectionRange();
        let selChange = this.selectionChanged, domChange = this.readChange();
        if (!domChange) {
          this.view.requestMeasure();
          return false;
        }
        let startState = this.view.state;
        let handled = applyDOMChange(this.view, domChange);
        if (this.view.state == startState && (domChange.domChanged || selChange))
          this.view.update([]);
        return handled;
      }
      readMutation(rec) {
        let tile = this.view.docView.tile.nearest(rec.target);
        if (!tile || tile.isWidget())
          return null;
        tile.markDirty(rec.type == "attributes");
        if (rec.type == "childList") {
          let childBefore = findChild(tile, rec.previousSibling || rec.target.previousSibling, -1);
          let childAfter = findChild(tile, rec.nextSibling || rec.target.nextSibling, 1);
          return {
            from: childBefore ? tile.posAfter(childBefore) : tile.posAtStart,
            to: childAfter ? tile.posBefore(childAfter) : tile.posAtEnd,
            typeOver: false
          };
        } else if (rec.type == "characterData") {
          return { from: tile.posAtStart, to: tile.posAtEnd, typeOver: rec.target.nodeValue == rec.oldValue };
        } else {
          return null;
        }
      }
      setWindow(win) {
        if (win != this.win) {
          this.removeWindowListeners(this.win);
          this.win = win;
          this.addWindowListeners(this.win);
        }
      }
      addWindowListeners(win) {
        win.addEventListener("resize", this.onResize);
        if (this.printQuery) {
          if (this.printQuery.addEventListener)
            this.printQuery.addEventListener("change", this.onPrint);
          else
            this.printQuery.addListener(this.onPrint);
        } else
          win.addEventListener("beforeprint", this.onPrint);
        win.addEventListener("scroll", this.onScroll);
        win.document.addEventListener("selectionchange", this.onSelectionChange);
      }
      removeWindowListeners(win) {
        win.removeEventListener("scroll", this.onScroll);
        win.removeEventListener("resize", this.onResize);
        if (this.printQuery) {
          if (this.printQuery.removeEventListener)
            this.printQuery.removeEventListener("change", this.onPrint);
          else
            this.printQuery.removeListener(this.onPrint);
        } else
          win.removeEventListener("beforeprint", this.onPrint);
        win.document.removeEventListener("selectionchange", this.onSelectionChange);
      }
      update(update2) {
        if (this.editContext) {
          this.editContext.update(update2);
          if (update2.startState.facet(editable) != update2.state.facet(editable))
            update2.view.contentDOM.editContext = update2.state.facet(editable) ? this.editContext.editContext : null;
        }
      }
      destroy() {
        var _a2, _b, _c;
        this.stop();
        (_a2 = this.intersection) === null || _a2 === void 0 ? void 0 : _a2.disconnect();
        (_b = this.gapIntersection) === null || _b === void 0 ? void 0 : _b.disconnect();
        (_c = this.resizeScroll) === null || _c === void 0 ? void 0 : _c.disconnect();
        for (let dom of this.scrollTargets)
          dom.removeEventListener("scroll", this.onScroll);
        this.removeWindowListeners(this.win);
        clearTimeout(this.parentCheck);
        clearTimeout(this.resizeTimeout);
        this.win.cancelAnimationFrame(this.delayedFlush);
        this.win.cancelAnimationFrame(this.flushingAndroidKey);
        if (this.editContext) {
          this.view.contentDOM.editContext = null;
          this.editContext.destroy();
        }
      }
    };
    EditContextManager = class {
      constructor(view) {
        this.from = 0;
        this.to = 0;
        this.pendingContextChange = null;
        this.handlers = /* @__PURE__ */ Object.create(null);
        this.composing = null;
        this.resetRange(view.state);
        let context = this.editContext = new window.EditContext({
          text: view.state.doc.sliceString(this.from, this.to),
          selectionStart: this.toContextPos(Math.max(this.from, Math.min(this.to, view.state.selection.main.anchor))),
          selectionEnd: this.toContextPos(view.state.selection.main.head)
        });
        this.handlers.textupdate = (e) => {
          let main2 = view.state.selection.main, { anchor, head } = main2;
          let from = this.toEditorPos(e.updateRangeStart), to = this.toEditorPos(e.updateRangeEnd);
          if (view.inputState.composing >= 0 && !this.composing)
            this.composing = { contextBase: e.updateRangeStart, editorBase: from, drifted: false };
          let deletes = to - from > e.text.length;
          if (from == this.from && anchor < this.from)
            from = anchor;
          else if (to == this.to && anchor > this.to)
            to = anchor;
          let diff = findDiff(view.state.sliceDoc(from, to), e.text, (deletes ? main2.from : main2.to) - from, deletes ? "end" : null);
          if (!diff) {
            let newSel = EditorSelection.single(this.toEditorPos(e.selectionStart), this.toEditorPos(e.selectionEnd));
            if (!sameSelPos(newSel, main2))
              view.dispatch({ selection: newSel, userEvent: "select" });
            return;
          }
          let change = {
            from: diff.from + from,
            to: diff.toA + from,
            insert: Text.of(e.text.slice(diff.from, diff.toB).split("\n"))
          };
          if ((browser.mac || browser.android) && change.from == head - 1 && /^\. ?$/.test(e.text) && view.contentDOM.getAttribute("autocorrect") == "off")
            change = { from, to, insert: Text.of([e.text.replace(".", " ")]) };
          this.pendingContextChange = change;
          if (!view.state.readOnly) {
            let newLen = this.to - this.from + (change.to - change.from + change.insert.length);
            applyDOMChangeInner(view, change, EditorSelection.single(this.toEditorPos(e.selectionStart, newLen), this.toEditorPos(e.selectionEnd, newLen)));
          }
          if (this.pendingContextChange) {
            this.revertPending(view.state);
            this.setSelection(view.state);
          }
          if (change.from < change.to && !change.insert.length && view.inputState.composing >= 0 && !/[\\p{Alphabetic}\\p{Number}_]/.test(context.text.slice(Math.max(0, e.updateRangeStart - 1), Math.min(context.text.length, e.updateRangeStart + 1))))
            this.handlers.compositionend(e);
        };
        this.handlers.characterboundsupdate = (e) => {
          let rects = [], prev = null;
          for (let i2 = this.toEditorPos(e.rangeStart), end = this.toEditorPos(e.rangeEnd); i2 < end; i2++) {
            let rect = view.coordsForChar(i2);
            prev = rect && new DOMRect(rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top) || prev || new DOMRect();
            rects.push(prev);
          }
          context.updateCharacterBounds(e.rangeStart, rects);
        };
        this.handlers.textformatupdate = (e) => {
          let deco = [];
          for (let format of e.getTextFormats()) {
            let lineStyle = format.underlineStyle, thickness = format.underlineThickness;
            if (!/none/i.test(lineStyle) && !/none/i.test(thickness)) {
              let from = this.toEditorPos(format.rangeStart), to = this.toEditorPos(format.rangeEnd);
              if (from < to) {
                let style = `text-decoration: underline ${/^[a-z]/.test(lineStyle) ? lineStyle + " " : lineStyle == "Dashed" ? "dashed " : lineStyle == "Squiggle" ? "wavy " : ""}${/thin/i.test(thickness) ? 1 : 2}px`;
                deco.push(Decoration.mark({ attributes: { style } }).range(from, to));
              }
            }
          }
          view.dispatch({ effects: setEditContextFormatting.of(Decoration.set(deco)) });
        };
        this.handlers.compositionstart = () => {
          if (view.inputState.composing < 0) {
            view.inputState.composing = 0;
            view.inputState.compositionFirstChange = true;
          }
        };
        this.handlers.compositionend = () => {
          view.inputState.composing = -1;
          view.inputState.compositionFirstChange = null;
          if (this.composing) {
            let { drifted } = this.composing;
            this.composing = null;
            if (drifted)
              this.reset(view.state);
          }
        };
        for (let event in this.handlers)
          context.addEventListener(event, this.handlers[event]);
        this.measureReq = { read: (view2) => {
          let sel = getSelection(view2.root);
          if (sel && sel.rangeCount)
            this.editContext.updateSelectionBounds(sel.getRangeAt(0).getBoundingClientRect());
        } };
      }
      applyEdits(update2) {
        let off = 0, abort = false, pending = this.pendingContextChange;
        update2.changes.iterChanges((fromA, toA, _fromB, _toB, insert2) => {
          if (abort)
            return;
          let dLen = insert2.length - (toA - fromA);
          if (pending && toA >= pending.to) {
            if (pending.from == fromA && pending.to == toA && pending.insert.eq(insert2)) {
              pending = this.pendingContextChange = null;
              off += dLen;
              this.to += dLen;
              return;
            } else {
              pending = null;
              this.revertPending(update2.state);
            }
          }
          fromA += off;
          toA += off;
          if (toA <= this.from) {
            this.from += dLen;
            this.to += dLen;
          } else if (fromA < this.to) {
            if (fromA < this.from || toA > this.to || this.to - this.from + insert2.length > 3e4) {
              abort = true;
              return;
            }
            this.editContext.updateText(this.toContextPos(fromA), this.toContextPos(toA), insert2.toString());
            this.to += dLen;
          }
          off += dLen;
        });
        if (pending && !abort)
          this.revertPending(update2.state);
        return !abort;
      }
      update(update2) {
        let reverted = this.pendingContextChange, startSel = update2.startState.selection.main;
        if (this.composing && (this.composing.drifted || !update2.changes.touchesRange(startSel.from, startSel.to) && update2.transactions.some((tr) => !tr.isUserEvent("input.type") && tr.changes.touchesRange(this.from, this.to)))) {
          this.composing.drifted = true;
          this.composing.editorBase = update2.changes.mapPos(this.composing.editorBase);
        } else if (!this.applyEdits(update2) || !this.rangeIsValid(update2.state)) {
          this.pendingContextChange = null;
          this.reset(update2.state);
        } else if (update2.docChanged || update2.selectionSet || reverted) {
          this.setSelection(update2.state);
        }
        if (update2.geometryChanged || update2.docChanged || update2.selectionSet)
          update2.view.requestMeasure(this.measureReq);
      }
      resetRange(state2) {
        let { head } = state2.selection.main;
        this.from = Math.max(
          0,
          head - 1e4
          /* CxVp.Margin */
        );
        this.to = Math.min(
          state2.doc.length,
          head + 1e4
          /* CxVp.Margin */
        );
      }
      reset(state2) {
        this.resetRange(state2);
        this.editContext.updateText(0, this.editContext.text.length, state2.doc.sliceString(this.from, this.to));
        this.setSelection(state2);
      }
      revertPending(state2) {
        let pending = this.pendingContextChange;
        this.pendingContextChange = null;
        this.editContext.updateText(this.toContextPos(pending.from), this.toContextPos(pending.from + pending.insert.length), state2.doc.sliceString(pending.from, pending.to));
      }
      setSelection(state2) {
        let { main: main2 } = state2.selection;
        let start = this.toContextPos(Math.max(this.from, Math.min(this.to, main2.anchor)));
        let end = this.toContextPos(main2.head);
        if (this.editContext.selectionStart != start || this.editContext.selectionEnd != end)
          this.editContext.updateSelection(start, end);
      }
      rangeIsValid(state2) {
        let { head } = state2.selection.main;
        return !(this.from > 0 && head - this.from < 500 || this.to < state2.doc.length && this.to - head < 500 || this.to - this.from > 1e4 * 3);
      }
      toEditorPos(contextPos, clipLen = this.to - this.from) {
        contextPos = Math.min(contextPos, clipLen);
        let c = this.composing;
        return c && c.drifted ? c.editorBase + (contextPos - c.contextBase) : contextPos + this.from;
      }
      toContextPos(editorPos) {
        let c = this.composing;
        return c && c.drifted ? c.contextBase + (editorPos - c.editorBase) : editorPos - this.from;
      }
      destroy() {
        for (let event in this.handlers)
          this.editContext.removeEventListener(event, this.handlers[event]);
      }
    };
    EditorView = class _EditorView {
      /**
      The current editor state.
      */
      get state() {
        return this.viewState.state;
      }
      /**
      To be able to display large documents without consuming too much
      memory or overloading the browser, CodeMirror only draws the
      code that is visible (plus a margin around it) to the DOM. This
      property tells you the extent of the current drawn viewport, in
      document positions.
      */
      get viewport() {
        return this.viewState.viewport;
      }
      /**
      When there are, for example, large collapsed ranges in the
      viewport, its size can be a lot bigger than the actual visible
      content. Thus, if you are doing something like styling the
      content in the viewport, it is preferable to only do so for
      these ranges, which are the subset of the viewport that is
      actually drawn.
      */
      get visibleRanges() {
        return this.viewState.visibleRanges;
      }
      /**
      Returns false when the editor is entirely scrolled out of view
      or otherwise hidden.
      */
      get inView() {
        return this.viewState.inView;
      }
      /**
      Indicates whether the user is currently composing text via
      [IME](https://en.wikipedia.org/wiki/Input_method), and at least
      one change has been made in the current composition.
      */
      get composing() {
        return !!this.inputState && this.inputState.composing > 0;
      }
      /**
      Indicates whether the user is currently in composing state. Note
      that on some platforms, like Android, this will be the case a
      lot, since just putting the cursor on a word starts a
      composition there.
      */
      get compositionStarted() {
        return !!this.inputState && this.inputState.composing >= 0;
      }
      /**
      The document or shadow root that the view lives in.
      */
      get root() {
        return this._root;
      }
      /**
      @internal
      */
      get win() {
        return this.dom.ownerDocument.defaultView || window;
      }
      /**
      Construct a new view. You'll want to either provide a `parent`
      option, or put `view.dom` into your document after creating a
      view, so that the user can see the editor.
      */
      constructor(config = {}) {
        var _a2;
        this.plugins = [];
        this.pluginMap = /* @__PURE__ */ new Map();
        this.editorAttrs = {};
        this.contentAttrs = {};
        this.bidiCache = [];
        this.destroyed = false;
        this.updateState = 2;
        this.measureScheduled = -1;
        this.measureRequests = [];
        this.clearAnnouncement = -1;
        this.contentDOM = document.createElement("div");
        this.scrollDOM = document.createElement("div");
        this.scrollDOM.tabIndex = -1;
        this.scrollDOM.className = "cm-scroller";
        this.scrollDOM.appendChild(this.contentDOM);
        this.announceDOM = document.createElement("div");
        this.announceDOM.className = "cm-announced";
        this.announceDOM.setAttribute("aria-live", "polite");
        this.dom = document.createElement("div");
        this.dom.appendChild(this.announceDOM);
        this.dom.appendChild(this.scrollDOM);
        if (config.parent)
          config.parent.appendChild(this.dom);
        let { dispatch } = config;
        this.dispatchTransactions = config.dispatchTransactions || dispatch && ((trs) => trs.forEach((tr) => dispatch(tr, this))) || ((trs) => this.update(trs));
        this.dispatch = this.dispatch.bind(this);
        this._root = config.root || getRoot(config.parent) || document;
        this.viewState = new ViewState(this, config.state || EditorState.create(config));
        if (config.scrollTo && config.scrollTo.is(scrollIntoView))
          this.viewState.scrollTarget = config.scrollTo.value.clip(this.viewState.state);
        this.plugins = this.state.facet(viewPlugin).map((spec) => new PluginInstance(spec));
        for (let plugin of this.plugins)
          plugin.update(this);
        this.observer = new DOMObserver(this);
        this.inputState = new InputState(this);
        this.inputState.ensureHandlers(this.plugins);
        this.docView = new DocView(this);
        this.mountStyles();
        this.updateAttrs();
        this.updateState = 0;
        this.requestMeasure();
        if ((_a2 = document.fonts) === null || _a2 === void 0 ? void 0 : _a2.ready)
          document.fonts.ready.then(() => {
            this.viewState.mustMeasureContent = "refresh";
            this.requestMeasure();
          });
      }
      dispatch(...input) {
        let trs = input.length == 1 && input[0] instanceof Transaction ? input : input.length == 1 && Array.isArray(input[0]) ? input[0] : [this.state.update(...input)];
        this.dispatchTransactions(trs, this);
      }
      /**
      Update the view for the given array of transactions. This will
      update the visible document and selection to match the state
      produced by the transactions, and notify view plugins of the
      change. You should usually call
      [`dispatch`](https://codemirror.net/6/docs/ref/#view.EditorView.dispatch) instead, which uses this
      as a primitive.
      */
      update(transactions) {
        if (this.updateState != 0)
          throw new Error("Calls to EditorView.update are not allowed while an update is in progress");
        let redrawn = false, attrsChanged = false, update2;
        let state2 = this.state;
        for (let tr of transactions) {
          if (tr.startState != state2)
            throw new RangeError("Trying to update state with a transaction that doesn't start from the previous state.");
          state2 = tr.state;
        }
        if (this.destroyed) {
          this.viewState.state = state2;
          return;
        }
        let focus = this.hasFocus, focusFlag = 0, dispatchFocus = null;
        if (transactions.some((tr) => tr.annotation(isFocusChange))) {
          this.inputState.notifiedFocused = focus;
          focusFlag = 1;
        } else if (focus != this.inputState.notifiedFocused) {
          this.inputState.notifiedFocused = focus;
          dispatchFocus = focusChangeTransaction(state2, focus);
          if (!dispatchFocus)
            focusFlag = 1;
        }
        let pendingKey = this.observer.delayedAndroidKey, domChange = null;
        if (pendingKey) {
          this.observer.clearDelayedAndroidKey();
          domChange = this.observer.readChange();
        } else if (this.observer.delayedFlush > -1) {
          this.observer.clearDelayedFlush();
          domChange = this.observer.readChange();
        } else {
          this.observer.clear();
        }
        if (domChange && !this.state.doc.eq(state2.doc) || !this.state.selection.eq(state2.selection))
          domChange = null;
        if (state2.facet(EditorState.phrases) != this.state.facet(EditorState.phrases))
          return this.setState(state2);
        update2 = ViewUpdate.create(this, state2, transactions);
        update2.flags |= focusFlag;
        let scrollTarget = this.viewState.scrollTarget;
        try {
          this.updateState = 2;
          for (let tr of transactions) {
            if (scrollTarget)
              scrollTarget = scrollTarget.map(tr.changes);
            if (tr.scrollIntoView) {
              let { main: main2 } = tr.state.selection;
              let { x, y } = this.state.facet(_EditorView.cursorScrollMargin);
              scrollTarget = new ScrollTarget(main2.empty ? main2 : EditorSelection.cursor(main2.head, main2.head > main2.anchor ? -1 : 1), "nearest", "nearest", y, x);
            }
            for (let e of tr.effects)
              if (e.is(scrollIntoView))
                scrollTarget = e.value.clip(this.state);
          }
          this.viewState.update(update2, scrollTarget);
          this.bidiCache = CachedOrder.update(this.bidiCache, update2.changes);
          if (!update2.empty) {
            this.updatePlugins(update2);
            this.inputState.update(update2);
          }
          redrawn = this.docView.update(update2);
          if (this.state.facet(styleModule) != this.styleModules)
            this.mountStyles();
          attrsChanged = this.updateAttrs();
          this.showAnnouncements(transactions);
          this.docView.updateSelection(redrawn, transactions.some((tr) => tr.isUserEvent("select.pointer")));
        } finally {
          this.updateState = 0;
        }
        if (update2.startState.facet(theme) != update2.state.facet(theme))
          this.viewState.setMustMeasure();
        if (redrawn || attrsChanged || scrollTarget || this.viewState.mustEnforceCursorAssoc || this.viewState.mustMeasureContent)
          this.requestMeasure();
        if (redrawn)
          this.docViewUpdate();
        if (!update2.empty)
          for (let listener of this.state.facet(updateListener)) {
            try {
              listener(update2);
            } catch (e) {
              logException(this.state, e, "update listener");
            }
          }
        if (dispatchFocus || domChange)
          Promise.resolve().then(() => {
            if (dispatchFocus && this.state == dispatchFocus.startState)
              this.dispatch(dispatchFocus);
            if (domChange) {
              if (!applyDOMChange(this, domChange) && pendingKey.force)
                dispatchKey(this.contentDOM, pendingKey.key, pendingKey.keyCode);
            }
          });
      }
      /**
      Reset the view to the given state. (This will cause the entire
      document to be redrawn and all view plugins to be reinitialized,
      so you should probably only use it when the new state isn't
      derived from the old state. Otherwise, use
      [`dispatch`](https://codemirror.net/6/docs/ref/#view.EditorView.dispatch) instead.)
      */
      setState(newState) {
        if (this.updateState != 0)
          throw new Error("Calls to EditorView.setState are not allowed while an update is in progress");
        if (this.destroyed) {
          this.viewState.state = newState;
          return;
        }
        this.updateState = 2;
        let hadFocus = this.hasFocus;
        try {
          for (let plugin of this.plugins)
            plugin.destroy(this);
          this.viewState = new ViewState(this, newState);
          this.plugins = newState.facet(viewPlugin).map((spec) => new PluginInstance(spec));
          this.pluginMap.clear();
          for (let plugin of this.plugins)
            plugin.update(this);
          this.docView.destroy();
          this.docView = new DocView(this);
          this.inputState.ensureHandlers(this.plugins);
          this.mountStyles();
          this.updateAttrs();
          this.bidiCache = [];
        } finally {
          this.updateState = 0;
        }
        if (hadFocus)
          this.focus();
        this.requestMeasure();
      }
      updatePlugins(update2) {
        let prevSpecs = update2.startState.facet(viewPlugin), specs = update2.state.facet(viewPlugin);
        if (prevSpecs != specs) {
          let newPlugins = [];
          for (let spec of specs) {
            let found = prevSpecs.indexOf(spec);
            if (found < 0) {
              newPlugins.push(new PluginInstance(spec));
            } else {
              let plugin = this.plugins[found];
              plugin.mustUpdate = update2;
              newPlugins.push(plugin);
            }
          }
          for (let plugin of this.plugins)
            if (plugin.mustUpdate != update2)
              plugin.destroy(this);
          this.plugins = newPlugins;
          this.pluginMap.clear();
        } else {
          for (let p of this.plugins)
            p.mustUpdate = update2;
        }
        for (let i2 = 0; i2 < this.plugins.length; i2++)
          this.plugins[i2].update(this);
        if (prevSpecs != specs)
          this.inputState.ensureHandlers(this.plugins);
      }
      docViewUpdate() {
        for (let plugin of this.plugins) {
          let val = plugin.value;
          if (val && val.docViewUpdate) {
            try {
              val.docViewUpdate(this);
            } catch (e) {
              logException(this.state, e, "doc view update listener");
            }
          }
        }
      }
      /**
      @internal
      */
      measure(flush = true) {
        if (this.destroyed)
          return;
        if (this.measureScheduled > -1)
          this.win.cancelAnimationFrame(this.measureScheduled);
        if (this.observer.delayedAndroidKey) {
          this.measureScheduled = -1;
          this.requestMeasure();
          return;
        }
        this.measureScheduled = 0;
        if (flush)
          this.observer.forceFlush();
        let updated = null;
        let scroll = this.viewState.scrollParent, scrollOffset = this.viewState.getScrollOffset();
        let { scrollAnchorPos, scrollAnchorHeight, scaleY: scrollScale } = this.viewState;
        if (Math.abs(scrollOffset - this.viewState.scrollOffset) > 1)
          scrollAnchorHeight = -1;
        this.viewState.scrollAnchorHeight = -1;
        try {
          for (let i2 = 0; ; i2++) {
            if (scrollAnchorHeight < 0) {
              if (isScrolledToBottom(scroll || this.win)) {
                scrollAnchorPos = -1;
                scrollAnchorHeight = this.viewState.heightMap.height / this.viewState.scaleY;
              } else {
                let block2 = this.viewState.scrollAnchorAt(scrollOffset);
                scrollAnchorPos = block2.from;
                scrollAnchorHeight = block2.top;
              }
              scrollScale = this.viewState.scaleY;
            }
            this.updateState = 1;
            let changed = this.viewState.measure();
            if (!changed && !this.measureRequests.length && this.viewState.scrollTarget == null)
              break;
            if (i2 > 5) {
              console.warn(this.measureRequests.length ? "Measure loop restarted more than 5 times" : "Viewport failed to stabilize");
              break;
            }
            let measuring = [];
            if (!(changed & 4))
              [this.measureRequests, measuring] = [measuring, this.measureRequests];
            let measured = measuring.map((m) => {
              try {
                return m.read(this);
              } catch (e) {
                logException(this.state, e);
                return BadMeasure;
              }
            });
            let update2 = ViewUpdate.create(this, this.state, []), redrawn = false;
            update2.flags |= changed;
            if (!updated)
              updated = update2;
            else
              updated.flags |= changed;
            this.updateState = 2;
            if (!update2.empty) {
              this.updatePlugins(update2);
              this.inputState.update(update2);
              this.updateAttrs();
              redrawn = this.docView.update(update2);
              if (redrawn)
                this.docViewUpdate();
            }
            for (let i3 = 0; i3 < measuring.length; i3++)
              if (measured[i3] != BadMeasure) {
                try {
                  let m = measuring[i3];
                  if (m.write)
                    m.write(measured[i3], this);
                } catch (e) {
                  logException(this.state, e);
                }
              }
            if (redrawn)
              this.docView.updateSelection(true);
            if (!update2.viewportChanged && this.measureRequests.length == 0) {
              if (this.viewState.editorHeight) {
                if (this.viewState.scrollTarget) {
                  this.docView.scrollIntoView(this.viewState.scrollTarget);
                  this.viewState.scrollTarget = null;
                  scrollAnchorHeight = -1;
                  continue;
                } else {
                  let newAnchorHeight = scrollAnchorPos < 0 ? this.viewState.heightMap.height : this.viewState.lineBlockAt(scrollAnchorPos).top;
                  let diff = newAnchorHeight / this.viewState.scaleY - scrollAnchorHeight / scrollScale;
                  if ((diff > 1 || diff < -1) && !(browser.ios && this.inputState.lastIOSMomentumScroll > Date.now() - 100) && (scroll == this.scrollDOM || this.hasFocus || Math.max(this.inputState.lastWheelEvent, this.inputState.lastTouchTime) > Date.now() - 100)) {
                    scrollOffset = scrollOffset + diff;
                    if (!scroll)
                      this.win.scrollBy(0, diff);
                    else if (scrollAnchorPos < 0)
                      scroll.scrollTop = scroll.scrollHeight;
                    else
                      scroll.scrollTop += diff;
                    scrollAnchorHeight = -1;
                    continue;
                  }
                }
              }
              break;
            }
          }
        } finally {
          this.updateState = 0;
          this.measureScheduled = -1;
        }
        if (updated && !updated.empty)
          for (let listener of this.state.facet(updateListener))
            listener(updated);
      }
      /**
      Get the CSS classes for the currently active editor themes.
      */
      get themeClasses() {
        return baseThemeID + " " + (this.state.facet(darkTheme) ? baseDarkID : baseLightID) + " " + this.state.facet(theme);
      }
      updateAttrs() {
        let editorAttrs = attrsFromFacet(this, editorAttributes, {
          class: "cm-editor" + (this.hasFocus ? " cm-focused " : " ") + this.themeClasses
        });
        let contentAttrs = {
          spellcheck: "false",
          autocorrect: "off",
          autocapitalize: "off",
          writingsuggestions: "false",
          translate: "no",
          contenteditable: !this.state.facet(editable) ? "false" : "true",
          class: "cm-content",
          style: `${browser.tabSize}: ${this.state.tabSize}`,
          role: "textbox",
          "aria-multiline": "true"
        };
        if (this.state.readOnly)
          contentAttrs["aria-readonly"] = "true";
        attrsFromFacet(this, contentAttributes, contentAttrs);
        let changed = this.observer.ignore(() => {
          let changedContent = updateAttrs(this.contentDOM, this.contentAttrs, contentAttrs);
          let changedEditor = updateAttrs(this.dom, this.editorAttrs, editorAttrs);
          return changedContent || changedEditor;
        });
        this.editorAttrs = editorAttrs;
        this.contentAttrs = contentAttrs;
        return changed;
      }
      showAnnouncements(trs) {
        let first2 = true;
        for (let tr of trs)
          for (let effect of tr.effects)
            if (effect.is(_EditorView.announce)) {
              if (first2) {
                this.announceDOM.textContent = "";
                this.win.clearTimeout(this.clearAnnouncement);
                this.clearAnnouncement = this.win.setTimeout(() => {
                  this.announceDOM.textContent = " ";
                }, 200);
                first2 = false;
              }
              let div = this.announceDOM.appendChild(document.createElement("div"));
              div.textContent = effect.value;
            }
      }
      mountStyles() {
        this.styleModules = this.state.facet(styleModule);
        let nonce = this.state.facet(_EditorView.cspNonce);
        StyleModule.mount(this.root, this.styleModules.concat(baseTheme$1).reverse(), nonce ? { nonce } : void 0);
      }
      readMeasured() {
        if (this.updateState == 2)
          throw new Error("Reading the editor layout isn't allowed during an update");
        if (this.updateState == 0 && this.measureScheduled > -1)
          this.measure(false);
      }
      /**
      Schedule a layout measurement, optionally providing callbacks to
      do custom DOM measuring followed by a DOM write phase. Using
      this is preferable to reading DOM layout directly from, for
      example, an event handler, because it'll make sure measuring and
      drawing done by other components is synchronized, avoiding
      unnecessary DOM layout computations.
      */
      requestMeasure(request2) {
        if (this.measureScheduled < 0)
          this.measureScheduled = this.win.requestAnimationFrame(() => this.measure());
        if (request2) {
          if (this.measureRequests.indexOf(request2) > -1)
            return;
          if (request2.key != null)
            for (let i2 = 0; i2 < this.measureRequests.length; i2++) {
              if (this.measureRequests[i2].key === request2.key) {
                this.measureRequests[i2] = request2;
                return;
              }
            }
          this.measureRequests.push(request2);
        }
      }
      /**
      Get the value of a specific plugin, if present. Note that
      plugins that crash can be dropped from a view, so even when you
      know you registered a given plugin, it is recommended to check
      the return value of this method.
      */
      plugin(plugin) {
        let known2 = this.pluginMap.get(plugin);
        if (known2 === void 0 || known2 && known2.plugin != plugin)
          this.pluginMap.set(plugin, known2 = this.plugins.find((p) => p.plugin == plugin) || null);
        return known2 && known2.update(this).value;
      }
      /**
      The top position of the document, in screen coordinates. This
      may be negative when the editor is scrolled down. Points
      directly to the top of the first line, not above the padding.
      */
      get documentTop() {
        return this.contentDOM.getBoundingClientRect().top + this.viewState.paddingTop;
      }
      /**
      Reports the padding above and below the document.
      */
      get documentPadding() {
        return { top: this.viewState.paddingTop, bottom: this.viewState.paddingBottom };
      }
      /**
      If the editor is transformed with CSS, this provides the scale
      along the X axis. Otherwise, it will just be 1. Note that
      transforms other than translation and scaling are not supported.
      */
      get scaleX() {
        return this.viewState.scaleX;
      }
      /**
      Provide the CSS transformed scale along the Y axis.
      */
      get scaleY() {
        return this.viewState.scaleY;
      }
      /**
      Find the text line or block widget at the given vertical
      position (which is interpreted as relative to the [top of the
      document](https://codemirror.net/6/docs/ref/#view.EditorView.documentTop)).
      */
      elementAtHeight(height) {
        this.readMeasured();
        return this.viewState.elementAtHeight(height);
      }
      /**
      Find the line block (see
      [`lineBlockAt`](https://codemirror.net/6/docs/ref/#view.EditorView.lineBlockAt)) at the given
      height, again interpreted relative to the [top of the
      document](https://codemirror.net/6/docs/ref/#view.EditorView.documentTop).
      */
      lineBlockAtHeight(height) {
        this.readMeasured();
        return this.viewState.lineBlockAtHeight(height);
      }
      /**
      Get the extent and vertical position of all [line
      blocks](https://codemirror.net/6/docs/ref/#view.EditorView.lineBlockAt) in the viewport. Positions
      are relative to the [top of the
      document](https://codemirror.net/6/docs/ref/#view.EditorView.documentTop);
      */
      get viewportLineBlocks() {
        return this.viewState.viewportLines;
      }
      /**
      Find the line block around the given document position. A line
      block is a range delimited on both sides by either a
      non-[hidden](https://codemirror.net/6/docs/ref/#view.Decoration^replace) line break, or the
      start/end of the document. It will usually just hold a line of
      text, but may be broken into multiple textblocks by block
      widgets.
      */
      lineBlockAt(pos) {
        return this.viewState.lineBlockAt(pos);
      }
      /**
      The editor's total content height.
      */
      get contentHeight() {
        return this.viewState.contentHeight;
      }
      /**
      Move a cursor position by [grapheme
      cluster](https://codemirror.net/6/docs/ref/#state.findClusterBreak). `forward` determines whether
      the motion is away from the line start, or towards it. In
      bidirectional text, the line is traversed in visual order, using
      the editor's [text direction](https://codemirror.net/6/docs/ref/#view.EditorView.textDirection).
      When the start position was the last one on the line, the
      returned position will be across the line break. If there is no
      further line, the original position is returned.
      
      By default, this method moves over a single cluster. The
      optional `by` argument can be used to move across more. It will
      be called with the first cluster as argument, and should return
      a predicate that determines, for each subsequent cluster,
      whether it should also be moved over.
      */
      moveByChar(start, forward, by) {
        return skipAtoms(this, start, moveByChar(this, start, forward, by));
      }
      /**
      Move a cursor position across the next group of either
      [letters](https://codemirror.net/6/docs/ref/#state.EditorState.charCategorizer) or non-letter
      non-whitespace characters.
      */
      moveByGroup(start, forward) {
        return skipAtoms(this, start, moveByChar(this, start, forward, (initial) => byGroup(this, start.head, initial)));
      }
      /**
      **\[DEPRECATED]** Get the cursor position visually at the start
      or end of a line.
      */
      visualLineSide(line, end) {
        return end ? EditorSelection.cursor(line.to, 1) : EditorSelection.cursor(line.from, -1);
      }
      /**
      Move to the next line boundary in the given direction. If
      `includeWrap` is true, line wrapping is on, and there is a
      further wrap point on the current line, the wrap point will be
      returned. Otherwise this function will return the start or end
      of the line.
      */
      moveToLineBoundary(start, forward, includeWrap = true) {
        return moveToLineBoundary(this, start, forward, includeWrap);
      }
      /**
      Move a cursor position vertically. When `distance` isn't given,
      it defaults to moving to the next line (including wrapped
      lines). Otherwise, `distance` should provide a positive distance
      in pixels.
      
      When `start` has a
      [`goalColumn`](https://codemirror.net/6/docs/ref/#state.SelectionRange.goalColumn), the vertical
      motion will use that as a target horizontal position. Otherwise,
      the cursor's own horizontal position is used. The returned
      cursor will have its goal column set to whichever column was
      used.
      */
      moveVertically(start, forward, distance) {
        return skipAtoms(this, start, moveVertically(this, start, forward, distance));
      }
      /**
      Find the DOM parent node and offset (child offset if `node` is
      an element, character offset when it is a text node) at the
      given document position.
      
      Note that for positions that aren't currently in
      `visibleRanges`, the resulting DOM position isn't necessarily
      meaningful (it may just point before or after a placeholder
      element).
      */
      domAtPos(pos, side = 1) {
        return this.docView.domAtPos(pos, side);
      }
      /**
      Find the document position at the given DOM node. Can be useful
      for associating positions with DOM events. Will raise an error
      when `node` isn't part of the editor content.
      */
      posAtDOM(node, offset = 0) {
        return this.docView.posFromDOM(node, offset);
      }
      posAtCoords(coords, precise = true) {
        this.readMeasured();
        let found = posAtCoords(this, coords, precise);
        return found && found.pos;
      }
      posAndSideAtCoords(coords, precise = true) {
        this.readMeasured();
        return posAtCoords(this, coords, precise);
      }
      /**
      Get the screen coordinates at the given document position.
      `side` determines whether the coordinates are based on the
      element before (-1) or after (1) the position (if no element is
      available on the given side, the method will transparently use
      another strategy to get reasonable coordinates).
      */
      coordsAtPos(pos, side = 1) {
        this.readMeasured();
        let line = this.state.doc.lineAt(pos), order = this.bidiSpans(line);
        let span = order[BidiSpan.find(order, pos - line.from, -1, side)];
        if (line.length && (pos == line.from && side < 0 || pos == line.to && side > 0) && span.dir != this.textDirectionAt(line.from)) {
          if (pos == line.to) {
            pos = line.from + span.from;
            side = 1;
          } else {
            pos = line.from + span.to;
            side = -1;
          }
        }
        return this.docView.coordsAt(pos, side, span.dir == Direction.RTL);
      }
      /**
      Return the rectangle around a given character. If `pos` does not
      point in front of a character that is in the viewport and
      rendered (i.e. not replaced, not a line break), this will return
      null. For space characters that are a line wrap point, this will
      return the position before the line break.
      */
      coordsForChar(pos) {
        this.readMeasured();
        return this.docView.coordsForChar(pos);
      }
      /**
      The default width of a character in the editor. May not
      accurately reflect the width of all characters (given variable
      width fonts or styling of invididual ranges).
      */
      get defaultCharacterWidth() {
        return this.viewState.heightOracle.charWidth;
      }
      /**
      The default height of a line in the editor. May not be accurate
      for all lines.
      */
      get defaultLineHeight() {
        return this.viewState.heightOracle.lineHeight;
      }
      /**
      The text direction
      ([`direction`](https://developer.mozilla.org/en-US/docs/Web/CSS/direction)
      CSS property) of the editor's content element.
      */
      get textDirection() {
        return this.viewState.defaultTextDirection;
      }
      /**
      Find the text direction of the block at the given position, as
      assigned by CSS. If
      [`perLineTextDirection`](https://codemirror.net/6/docs/ref/#view.EditorView^perLineTextDirection)
      isn't enabled, or the given position is outside of the viewport,
      this will always return the same as
      [`textDirection`](https://codemirror.net/6/docs/ref/#view.EditorView.textDirection). Note that
      this may trigger a DOM layout.
      */
      textDirectionAt(pos) {
        let perLine = this.state.facet(perLineTextDirection);
        if (!perLine || pos < this.viewport.from || pos > this.viewport.to)
          return this.textDirection;
        this.readMeasured();
        return this.docView.textDirectionAt(pos);
      }
      /**
      Whether this editor [wraps lines](https://codemirror.net/6/docs/ref/#view.EditorView.lineWrapping)
      (as determined by the
      [`white-space`](https://developer.mozilla.org/en-US/docs/Web/CSS/white-space)
      CSS property of its content element).
      */
      get lineWrapping() {
        return this.viewState.heightOracle.lineWrapping;
      }
      /**
      Returns the bidirectional text structure of the given line
      (which should be in the current document) as an array of span
      objects. The order of these spans matches the [text
      direction](https://codemirror.net/6/docs/ref/#view.EditorView.textDirection)—if that is
      left-to-right, the leftmost spans come first, otherwise the
      rightmost spans come first.
      */
      bidiSpans(line) {
        if (line.length > MaxBidiLine)
          return trivialOrder(line.length);
        let dir = this.textDirectionAt(line.from), isolates;
        for (let entry of this.bidiCache) {
          if (entry.from == line.from && entry.dir == dir && (entry.fresh || isolatesEq(entry.isolates, isolates = getIsolatedRanges(this, line))))
            return entry.order;
        }
        if (!isolates)
          isolates = getIsolatedRanges(this, line);
        let order = computeOrder(line.text, dir, isolates);
        this.bidiCache.push(new CachedOrder(line.from, line.to, dir, isolates, true, order));
        return order;
      }
      /**
      Check whether the editor has focus.
      */
      get hasFocus() {
        var _a2;
        return (this.dom.ownerDocument.hasFocus() || browser.safari && ((_a2 = this.inputState) === null || _a2 === void 0 ? void 0 : _a2.lastContextMenu) > Date.now() - 3e4) && this.root.activeElement == this.contentDOM;
      }
      /**
      Put focus on the editor.
      */
      focus() {
        this.observer.ignore(() => {
          focusPreventScroll(this.contentDOM);
          this.docView.updateSelection();
        });
      }
      /**
      Update the [root](https://codemirror.net/6/docs/ref/##view.EditorViewConfig.root) in which the editor lives. This is only
      necessary when moving the editor's existing DOM to a new window or shadow root.
      */
      setRoot(root) {
        if (this._root != root) {
          this._root = root;
          this.observer.setWindow((root.nodeType == 9 ? root : root.ownerDocument).defaultView || window);
          this.mountStyles();
        }
      }
      /**
      Clean up this editor view, removing its element from the
      document, unregistering event handlers, and notifying
      plugins. The view instance can no longer be used after
      calling this.
      */
      destroy() {
        if (this.root.activeElement == this.contentDOM)
          this.contentDOM.blur();
        for (let plugin of this.plugins)
          plugin.destroy(this);
        this.plugins = [];
        this.inputState.destroy();
        this.docView.destroy();
        this.dom.remove();
        this.observer.destroy();
        this.win.clearTimeout(this.clearAnnouncement);
        if (this.measureScheduled > -1)
          this.win.cancelAnimationFrame(this.measureScheduled);
        this.destroyed = true;
      }
      /**
      Returns an effect that can be
      [added](https://codemirror.net/6/docs/ref/#state.TransactionSpec.effects) to a transaction to
      cause it to scroll the given position or range into view.
      */
      static scrollIntoView(pos, options = {}) {
        var _a2, _b, _c, _d;
        return scrollIntoView.of(new ScrollTarget(typeof pos == "number" ? EditorSelection.cursor(pos) : pos, (_a2 = options.y) !== null && _a2 !== void 0 ? _a2 : "nearest", (_b = options.x) !== null && _b !== void 0 ? _b : "nearest", (_c = options.yMargin) !== null && _c !== void 0 ? _c : 5, (_d = options.xMargin) !== null && _d !== void 0 ? _d : 5));
      }
      /**
      Return an effect that resets the editor to its current (at the
      time this method was called) scroll position. Note that this
      only affects the editor's own scrollable element, not parents.
      See also
      [`EditorViewConfig.scrollTo`](https://codemirror.net/6/docs/ref/#view.EditorViewConfig.scrollTo).
      
      The effect should be used with a document identical to the one
      it was created for. Failing to do so is not an error, but may
      not scroll to the expected position. You can
      [map](https://codemirror.net/6/docs/ref/#state.StateEffect.map) the effect to account for changes.
      */
      scrollSnapshot() {
        let { scrollTop, scrollLeft } = this.scrollDOM;
        let ref = this.viewState.scrollAnchorAt(scrollTop);
        return scrollIntoView.of(new ScrollTarget(EditorSelection.cursor(ref.from), "start", "start", ref.top - scrollTop, scrollLeft, true));
      }
      /**
      Enable or disable tab-focus mode, which disables key bindings
      for Tab and Shift-Tab, letting the browser's default
      focus-changing behavior go through instead. This is useful to
      prevent trapping keyboard users in your editor.
      
      Without argument, this toggles the mode. With a boolean, it
      enables (true) or disables it (false). Given a number, it
      temporarily enables the mode until that number of milliseconds
      have passed or another non-Tab key is pressed.
      */
      setTabFocusMode(to) {
        if (to == null)
          this.inputState.tabFocusMode = this.inputState.tabFocusMode < 0 ? 0 : -1;
        else if (typeof to == "boolean")
          this.inputState.tabFocusMode = to ? 0 : -1;
        else if (this.inputState.tabFocusMode != 0)
          this.inputState.tabFocusMode = Date.now() + to;
      }
      /**
      Returns an extension that can be used to add DOM event handlers.
      The value should be an object mapping event names to handler
      functions. For any given event, such functions are ordered by
      extension precedence, and the first handler to return true will
      be assumed to have handled that event, and no other handlers or
      built-in behavior will be activated for it. These are registered
      on the [content element](https://codemirror.net/6/docs/ref/#view.EditorView.contentDOM), except
      for `scroll` handlers, which will be called any time the
      editor's [scroll element](https://codemirror.net/6/docs/ref/#view.EditorView.scrollDOM) or one of
      its parent nodes is scrolled.
      */
      static domEventHandlers(handlers3) {
        return ViewPlugin.define(() => ({}), { eventHandlers: handlers3 });
      }
      /**
      Create an extension that registers DOM event observers. Contrary
      to event [handlers](https://codemirror.net/6/docs/ref/#view.EditorView^domEventHandlers),
      observers can't be prevented from running by a higher-precedence
      handler returning true. They also don't prevent other handlers
      and observers from running when they return true, and should not
      call `preventDefault`.
      */
      static domEventObservers(observers2) {
        return ViewPlugin.define(() => ({}), { eventObservers: observers2 });
      }
      /**
      Create a theme extension. The first argument can be a
      [`style-mod`](https://code.haverbeke.berlin/marijn/style-mod#documentation)
      style spec providing the styles for the theme. These will be
      prefixed with a generated class for the style.
      
      Because the selectors will be prefixed with a scope class, rule
      that directly match the editor's [wrapper
      element](https://codemirror.net/6/docs/ref/#view.EditorView.dom)—to which the scope class will be
      added—need to be explicitly differentiated by adding an `&` to
      the selector for that element—for example
      `&.cm-focused`.
      
      When `dark` is set to true, the theme will be marked as dark,
      which will cause the `&dark` rules from [base
      themes](https://codemirror.net/6/docs/ref/#view.EditorView^baseTheme) to be used (as opposed to
      `&light` when a light theme is active).
      */
      static theme(spec, options) {
        let prefix = StyleModule.newName();
        let result = [theme.of(prefix), styleModule.of(buildTheme(`.${prefix}`, spec))];
        if (options && options.dark)
          result.push(darkTheme.of(true));
        return result;
      }
      /**
      Create an extension that adds styles to the base theme. Like
      with [`theme`](https://codemirror.net/6/docs/ref/#view.EditorView^theme), use `&` to indicate the
      place of the editor wrapper element when directly targeting
      that. You can also use `&dark` or `&light` instead to only
      target editors with a dark or light theme.
      */
      static baseTheme(spec) {
        return Prec.lowest(styleModule.of(buildTheme("." + baseThemeID, spec, lightDarkIDs)));
      }
      /**
      Retrieve an editor view instance from the view's DOM
      representation.
      */
      static findFromDOM(dom) {
        var _a2;
        let content2 = dom.querySelector(".cm-content");
        let tile = content2 && Tile.get(content2) || Tile.get(dom);
        return ((_a2 = tile === null || tile === void 0 ? void 0 : tile.root) === null || _a2 === void 0 ? void 0 : _a2.view) || null;
      }
    };
    EditorView.styleModule = styleModule;
    EditorView.inputHandler = inputHandler;
    EditorView.clipboardInputFilter = clipboardInputFilter;
    EditorView.clipboardOutputFilter = clipboardOutputFilter;
    EditorView.scrollHandler = scrollHandler;
    EditorView.focusChangeEffect = focusChangeEffect;
    EditorView.perLineTextDirection = perLineTextDirection;
    EditorView.exceptionSink = exceptionSink;
    EditorView.updateListener = updateListener;
    EditorView.editable = editable;
    EditorView.mouseSelectionStyle = mouseSelectionStyle;
    EditorView.dragMovesSelection = dragMovesSelection$1;
    EditorView.clickAddsSelectionRange = clickAddsSelectionRange;
    EditorView.decorations = decorations;
    EditorView.blockWrappers = blockWrappers;
    EditorView.outerDecorations = outerDecorations;
    EditorView.atomicRanges = atomicRanges;
    EditorView.bidiIsolatedRanges = bidiIsolatedRanges;
    EditorView.cursorScrollMargin = /* @__PURE__ */ Facet.define({
      combine: (inputs2) => {
        let x = 5, y = 5;
        for (let i2 of inputs2) {
          if (typeof i2 == "number")
            x = y = i2;
          else
            ({ x, y } = i2);
        }
        return { x, y };
      }
    });
    EditorView.coveredMargins = coveredMargins;
    EditorView.scrollMargins = scrollMargins;
    EditorView.darkTheme = darkTheme;
    EditorView.cspNonce = /* @__PURE__ */ Facet.define({ combine: (values) => values.length ? values[0] : "" });
    EditorView.contentAttributes = contentAttributes;
    EditorView.editorAttributes = editorAttributes;
    EditorView.lineWrapping = /* @__PURE__ */ EditorView.contentAttributes.of({ "class": "cm-lineWrapping" });
    EditorView.announce = /* @__PURE__ */ StateEffect.define();
    MaxBidiLine = 4096;
    BadMeasure = {};
    CachedOrder = class _CachedOrder {
      constructor(from, to, dir, isolates, fresh, order) {
        this.from = from;
        this.to = to;
        this.dir = dir;
        this.isolates = isolates;
        this.fresh = fresh;
        this.order = order;
      }
      static update(cache, changes) {
        if (changes.empty && !cache.some((c) => c.fresh))
          return cache;
        let result = [], lastDir = cache.length ? cache[cache.length - 1].dir : Direction.LTR;
        for (let i2 = Math.max(0, cache.length - 10); i2 < cache.length; i2++) {
          let entry = cache[i2];
          if (entry.dir == lastDir && !changes.touchesRange(entry.from, entry.to))
            result.push(new _CachedOrder(changes.mapPos(entry.from, 1), changes.mapPos(entry.to, -1), entry.dir, entry.isolates, false, entry.order));
        }
        return result;
      }
    };
    currentPlatform = browser.mac ? "mac" : browser.windows ? "win" : browser.linux ? "linux" : "key";
    handleKeyEvents = /* @__PURE__ */ Prec.default(/* @__PURE__ */ EditorView.domEventHandlers({
      keydown(event, view) {
        return runHandlers(getKeymap(view.state), event, view, "editor");
      }
    }));
    keymap = /* @__PURE__ */ Facet.define({ enables: handleKeyEvents });
    Keymaps = /* @__PURE__ */ new WeakMap();
    storedPrefix = null;
    PrefixTimeout = 4e3;
    currentKeyEvent = null;
    drawMainRange = !browser.ios;
    selectionBg = browser.gecko && browser.gecko_version == 153 ? "#ffffff01" : "transparent";
    hideNativeSelection = /* @__PURE__ */ Prec.highest(/* @__PURE__ */ EditorView.theme({
      ".cm-line": {
        ...drawMainRange ? {
          "& ::selection, &::selection": { backgroundColor: `${selectionBg} !important` }
        } : {},
        caretColor: "transparent !important"
      },
      ".cm-content": {
        caretColor: "transparent !important",
        "& :focus": {
          caretColor: "initial !important",
          ...drawMainRange ? {
            "&::selection, & ::selection": {
              backgroundColor: "Highlight !important"
            }
          } : {}
        }
      }
    }));
    UnicodeRegexpSupport = /x/.unicode != null ? "gu" : "g";
    baseTheme = /* @__PURE__ */ EditorView.baseTheme({
      ".cm-tooltip": {
        zIndex: 500,
        boxSizing: "border-box"
      },
      "&light .cm-tooltip": {
        border: "1px solid #bbb",
        backgroundColor: "#f5f5f5"
      },
      "&light .cm-tooltip-section:not(:first-child)": {
        borderTop: "1px solid #bbb"
      },
      "&dark .cm-tooltip": {
        backgroundColor: "#333338",
        color: "white"
      },
      ".cm-tooltip-arrow": {
        height: `${7}px`,
        width: `${7 * 2}px`,
        position: "absolute",
        zIndex: -1,
        overflow: "hidden",
        "&:before, &:after": {
          content: "''",
          position: "absolute",
          width: 0,
          height: 0,
          borderLeft: `${7}px solid transparent`,
          borderRight: `${7}px solid transparent`
        },
        ".cm-tooltip-above &": {
          bottom: `-${7}px`,
          "&:before": {
            borderTop: `${7}px solid #bbb`
          },
          "&:after": {
            borderTop: `${7}px solid #f5f5f5`,
            bottom: "1px"
          }
        },
        ".cm-tooltip-below &": {
          top: `-${7}px`,
          "&:before": {
            borderBottom: `${7}px solid #bbb`
          },
          "&:after": {
            borderBottom: `${7}px solid #f5f5f5`,
            top: "1px"
          }
        }
      },
      "&dark .cm-tooltip .cm-tooltip-arrow": {
        "&:before": {
          borderTopColor: "#333338",
          borderBottomColor: "#333338"
        },
        "&:after": {
          borderTopColor: "transparent",
          borderBottomColor: "transparent"
        }
      }
    });
    GutterMarker = class extends RangeValue {
      /**
      @internal
      */
      compare(other) {
        return this == other || this.constructor == other.constructor && this.eq(other);
      }
      /**
      Compare this marker to another marker of the same type.
      */
      eq(other) {
        return false;
      }
      /**
      Called if the marker has a `toDOM` method and its representation
      was removed from a gutter.
      */
      destroy(dom) {
      }
    };
    GutterMarker.prototype.elementClass = "";
    GutterMarker.prototype.toDOM = void 0;
    GutterMarker.prototype.mapMode = MapMode.TrackBefore;
    GutterMarker.prototype.startSide = GutterMarker.prototype.endSide = -1;
    GutterMarker.prototype.point = true;
    gutterLineClass = /* @__PURE__ */ Facet.define();
    gutterWidgetClass = /* @__PURE__ */ Facet.define();
    defaults = {
      class: "",
      renderEmptyElements: false,
      elementStyle: "",
      markers: () => RangeSet.empty,
      lineMarker: () => null,
      widgetMarker: () => null,
      lineMarkerChange: null,
      initialSpacer: null,
      updateSpacer: null,
      domEventHandlers: {},
      side: "before"
    };
    activeGutters = /* @__PURE__ */ Facet.define();
    unfixGutters = /* @__PURE__ */ Facet.define({
      combine: (values) => values.some((x) => x)
    });
    gutterView = /* @__PURE__ */ ViewPlugin.fromClass(class {
      constructor(view) {
        this.view = view;
        this.domAfter = null;
        this.prevViewport = view.viewport;
        this.dom = document.createElement("div");
        this.dom.className = "cm-gutters cm-gutters-before";
        this.dom.setAttribute("aria-hidden", "true");
        this.dom.style.minHeight = this.view.contentHeight / this.view.scaleY + "px";
        this.gutters = view.state.facet(activeGutters).map((conf) => new SingleGutterView(view, conf));
        this.fixed = !view.state.facet(unfixGutters);
        for (let gutter2 of this.gutters) {
          if (gutter2.config.side == "after")
            this.getDOMAfter().appendChild(gutter2.dom);
          else
            this.dom.appendChild(gutter2.dom);
        }
        if (this.fixed) {
          this.dom.style.position = "sticky";
        }
        this.syncGutters(false);
        view.scrollDOM.insertBefore(this.dom, view.contentDOM);
      }
      getDOMAfter() {
        if (!this.domAfter) {
          this.domAfter = document.createElement("div");
          this.domAfter.className = "cm-gutters cm-gutters-after";
          this.domAfter.setAttribute("aria-hidden", "true");
          this.domAfter.style.minHeight = this.view.contentHeight / this.view.scaleY + "px";
          this.domAfter.style.position = this.fixed ? "sticky" : "";
          this.view.scrollDOM.appendChild(this.domAfter);
        }
        return this.domAfter;
      }
      update(update2) {
        if (this.updateGutters(update2)) {
          let vpA = this.prevViewport, vpB = update2.view.viewport;
          let vpOverlap = Math.min(vpA.to, vpB.to) - Math.max(vpA.from, vpB.from);
          this.syncGutters(vpOverlap < (vpB.to - vpB.from) * 0.8);
        }
        if (update2.geometryChanged) {
          let min = this.view.contentHeight / this.view.scaleY + "px";
          this.dom.style.minHeight = min;
          if (this.domAfter)
            this.domAfter.style.minHeight = min;
        }
        if (this.view.state.facet(unfixGutters) != !this.fixed) {
          this.fixed = !this.fixed;
          this.dom.style.position = this.fixed ? "sticky" : "";
          if (this.domAfter)
            this.domAfter.style.position = this.fixed ? "sticky" : "";
        }
        this.prevViewport = update2.view.viewport;
      }
      syncGutters(detach) {
        let after = this.dom.nextSibling;
        if (detach) {
          this.dom.remove();
          if (this.domAfter)
            this.domAfter.remove();
        }
        let lineClasses = RangeSet.iter(this.view.state.facet(gutterLineClass), this.view.viewport.from);
        let classSet = [];
        let contexts = this.gutters.map((gutter2) => new UpdateContext(gutter2, this.view.viewport, -this.view.documentPadding.top));
        for (let line of this.view.viewportLineBlocks) {
          if (classSet.length)
            classSet = [];
          if (Array.isArray(line.type)) {
            let first2 = true;
            for (let b of line.type) {
              if (b.type == BlockType.Text && first2) {
                advanceCursor(lineClasses, classSet, b.from);
                for (let cx of contexts)
                  cx.line(this.view, b, classSet);
                first2 = false;
              } else if (b.widget) {
                for (let cx of contexts)
                  cx.widget(this.view, b);
              }
            }
          } else if (line.type == BlockType.Text) {
            advanceCursor(lineClasses, classSet, line.from);
            for (let cx of contexts)
              cx.line(this.view, line, classSet);
          } else if (line.widget) {
            for (let cx of contexts)
              cx.widget(this.view, line);
          }
        }
        for (let cx of contexts)
          cx.finish();
        if (detach) {
          this.view.scrollDOM.insertBefore(this.dom, after);
          if (this.domAfter)
            this.view.scrollDOM.appendChild(this.domAfter);
        }
      }
      updateGutters(update2) {
        let prev = update2.startState.facet(activeGutters), cur = update2.state.facet(activeGutters);
        let change = update2.docChanged || update2.heightChanged || update2.viewportChanged || !RangeSet.eq(update2.startState.facet(gutterLineClass), update2.state.facet(gutterLineClass), update2.view.viewport.from, update2.view.viewport.to);
        if (prev == cur) {
          for (let gutter2 of this.gutters)
            if (gutter2.update(update2))
              change = true;
        } else {
          change = true;
          let gutters2 = [];
          for (let conf of cur) {
            let known2 = prev.indexOf(conf);
            if (known2 < 0) {
              gutters2.push(new SingleGutterView(this.view, conf));
            } else {
              this.gutters[known2].update(update2);
              gutters2.push(this.gutters[known2]);
            }
          }
          for (let g of this.gutters) {
            g.dom.remove();
            if (gutters2.indexOf(g) < 0)
              g.destroy();
          }
          for (let g of gutters2) {
            if (g.config.side == "after")
              this.getDOMAfter().appendChild(g.dom);
            else
              this.dom.appendChild(g.dom);
          }
          this.gutters = gutters2;
        }
        return change;
      }
      destroy() {
        for (let view of this.gutters)
          view.destroy();
        this.dom.remove();
        if (this.domAfter)
          this.domAfter.remove();
      }
    }, {
      provide: (plugin) => EditorView.coveredMargins.of((view) => {
        var _a2;
        let value = view.plugin(plugin);
        if (!value || value.gutters.length == 0 || !value.fixed)
          return null;
        let before = value.dom.getBoundingClientRect();
        let after = (_a2 = value.domAfter) === null || _a2 === void 0 ? void 0 : _a2.getBoundingClientRect();
        return view.textDirection == Direction.LTR ? { left: before.right, right: after === null || after === void 0 ? void 0 : after.left, elt: value.dom } : { right: before.left, left: after === null || after === void 0 ? void 0 : after.right, elt: value.dom };
      })
    });
    UpdateContext = class {
      constructor(gutter2, viewport, height) {
        this.gutter = gutter2;
        this.height = height;
        this.i = 0;
        this.cursor = RangeSet.iter(gutter2.markers, viewport.from);
      }
      addElement(view, block2, markers) {
        let { gutter: gutter2 } = this, above = (block2.top - this.height) / view.scaleY, height = block2.height / view.scaleY;
        if (this.i == gutter2.elements.length) {
          let newElt = new GutterElement(view, height, above, markers);
          gutter2.elements.push(newElt);
          gutter2.dom.appendChild(newElt.dom);
        } else {
          gutter2.elements[this.i].update(view, height, above, markers);
        }
        this.height = block2.bottom;
        this.i++;
      }
      line(view, line, extraMarkers) {
        let localMarkers = [];
        advanceCursor(this.cursor, localMarkers, line.from);
        if (extraMarkers.length)
          localMarkers = localMarkers.concat(extraMarkers);
        let forLine = this.gutter.config.lineMarker(view, line, localMarkers);
        if (forLine)
          localMarkers.unshift(forLine);
        let gutter2 = this.gutter;
        if (localMarkers.length == 0 && !gutter2.config.renderEmptyElements)
          return;
        this.addElement(view, line, localMarkers);
      }
      widget(view, block2) {
        let marker = this.gutter.config.widgetMarker(view, block2.widget, block2), markers = marker ? [marker] : null;
        for (let cls of view.state.facet(gutterWidgetClass)) {
          let marker2 = cls(view, block2.widget, block2);
          if (marker2)
            (markers || (markers = [])).push(marker2);
        }
        if (markers)
          this.addElement(view, block2, markers);
      }
      finish() {
        let gutter2 = this.gutter;
        while (gutter2.elements.length > this.i) {
          let last2 = gutter2.elements.pop();
          gutter2.dom.removeChild(last2.dom);
          last2.destroy();
        }
      }
    };
    SingleGutterView = class {
      constructor(view, config) {
        this.view = view;
        this.config = config;
        this.elements = [];
        this.spacer = null;
        this.dom = document.createElement("div");
        this.dom.className = "cm-gutter" + (this.config.class ? " " + this.config.class : "");
        for (let prop in config.domEventHandlers) {
          this.dom.addEventListener(prop, (event) => {
            let target = event.target, y;
            if (target != this.dom && this.dom.contains(target)) {
              while (target.parentNode != this.dom)
                target = target.parentNode;
              let rect = target.getBoundingClientRect();
              y = (rect.top + rect.bottom) / 2;
            } else {
              y = event.clientY;
            }
            let line = view.lineBlockAtHeight(y - view.documentTop);
            if (config.domEventHandlers[prop](view, line, event))
              event.preventDefault();
          });
        }
        this.markers = asArray2(config.markers(view));
        if (config.initialSpacer) {
          this.spacer = new GutterElement(view, 0, 0, [config.initialSpacer(view)]);
          this.dom.appendChild(this.spacer.dom);
          this.spacer.dom.style.cssText += "visibility: hidden; pointer-events: none";
        }
      }
      update(update2) {
        let prevMarkers = this.markers;
        this.markers = asArray2(this.config.markers(update2.view));
        if (this.spacer && this.config.updateSpacer) {
          let updated = this.config.updateSpacer(this.spacer.markers[0], update2);
          if (updated != this.spacer.markers[0])
            this.spacer.update(update2.view, 0, 0, [updated]);
        }
        let vp = update2.view.viewport;
        return !RangeSet.eq(this.markers, prevMarkers, vp.from, vp.to) || (this.config.lineMarkerChange ? this.config.lineMarkerChange(update2) : false);
      }
      destroy() {
        for (let elt of this.elements)
          elt.destroy();
      }
    };
    GutterElement = class {
      constructor(view, height, above, markers) {
        this.height = -1;
        this.above = 0;
        this.markers = [];
        this.dom = document.createElement("div");
        this.dom.className = "cm-gutterElement";
        this.update(view, height, above, markers);
      }
      update(view, height, above, markers) {
        if (this.height != height) {
          this.height = height;
          this.dom.style.height = height + "px";
        }
        if (this.above != above)
          this.dom.style.marginTop = (this.above = above) ? above + "px" : "";
        if (!sameMarkers(this.markers, markers))
          this.setMarkers(view, markers);
      }
      setMarkers(view, markers) {
        let cls = "cm-gutterElement", domPos = this.dom.firstChild;
        for (let iNew = 0, iOld = 0; ; ) {
          let skipTo = iOld, marker = iNew < markers.length ? markers[iNew++] : null, matched = false;
          if (marker) {
            let c = marker.elementClass;
            if (c)
              cls += " " + c;
            for (let i2 = iOld; i2 < this.markers.length; i2++)
              if (this.markers[i2].compare(marker)) {
                skipTo = i2;
                matched = true;
                break;
              }
          } else {
            skipTo = this.markers.length;
          }
          while (iOld < skipTo) {
            let next = this.markers[iOld++];
            if (next.toDOM) {
              next.destroy(domPos);
              let after = domPos.nextSibling;
              domPos.remove();
              domPos = after;
            }
          }
          if (!marker)
            break;
          if (marker.toDOM) {
            if (matched)
              domPos = domPos.nextSibling;
            else
              this.dom.insertBefore(marker.toDOM(view), domPos);
          }
          if (matched)
            iOld++;
        }
        this.dom.className = cls;
        this.markers = markers;
      }
      destroy() {
        this.setMarkers(null, []);
      }
    };
    lineNumberMarkers = /* @__PURE__ */ Facet.define();
    lineNumberWidgetMarker = /* @__PURE__ */ Facet.define();
    lineNumberConfig = /* @__PURE__ */ Facet.define({
      combine(values) {
        return combineConfig(values, { formatNumber: String, domEventHandlers: {} }, {
          domEventHandlers(a, b) {
            let result = Object.assign({}, a);
            for (let event in b) {
              let exists = result[event], add = b[event];
              result[event] = exists ? (view, line, event2) => exists(view, line, event2) || add(view, line, event2) : add;
            }
            return result;
          }
        });
      }
    });
    NumberMarker = class extends GutterMarker {
      constructor(number2) {
        super();
        this.number = number2;
      }
      eq(other) {
        return this.number == other.number;
      }
      toDOM() {
        return document.createTextNode(this.number);
      }
    };
    lineNumberGutter = /* @__PURE__ */ activeGutters.compute([lineNumberConfig], (state2) => ({
      class: "cm-lineNumbers",
      renderEmptyElements: false,
      markers(view) {
        return view.state.facet(lineNumberMarkers);
      },
      lineMarker(view, line, others) {
        if (others.some((m) => m.toDOM))
          return null;
        return new NumberMarker(formatNumber2(view, view.state.doc.lineAt(line.from).number));
      },
      widgetMarker: (view, widget, block2) => {
        for (let m of view.state.facet(lineNumberWidgetMarker)) {
          let result = m(view, widget, block2);
          if (result)
            return result;
        }
        return null;
      },
      lineMarkerChange: (update2) => update2.startState.facet(lineNumberConfig) != update2.state.facet(lineNumberConfig),
      initialSpacer(view) {
        return new NumberMarker(formatNumber2(view, maxLineNumber(view.state.doc.lines)));
      },
      updateSpacer(spacer, update2) {
        let max = formatNumber2(update2.view, maxLineNumber(update2.view.state.doc.lines));
        return max == spacer.number ? spacer : new NumberMarker(max);
      },
      domEventHandlers: state2.facet(lineNumberConfig).domEventHandlers,
      side: "before"
    }));
  }
});

// node_modules/@lezer/common/dist/index.js
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a2;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent2 = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent2)
      return node;
    node = parent2;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent2 = scan.parent; parent2; scan = parent2, parent2 = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a2 = parent2.enter(pos, side, mode)) === null || _a2 === void 0 ? void 0 : _a2.from) != scan.from)
        node = parent2;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i2 = context.length - 1) {
  for (let p = node; i2 >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i2] && context[i2] != p.name)
        return false;
      i2--;
    }
  }
  return true;
}
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i2 = 1; i2 < heads.length; i2++) {
    let node = heads[i2];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i2;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent2 = scan.parent;
      (layers || (layers = [inner])).push(parent2.resolve(pos, side));
      scan = parent2;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a2;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types2 = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id: id2, start, end, size } = cursor;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id2];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id2;
        return;
      } else if (size == -4) {
        lookAhead = id2;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types2[id2], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id2 >= minRepeatType ? id2 : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextHash);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id: id2, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id2, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i2 = nodes.length - 3, j = 0; i2 >= 0; i2 -= 3) {
        buffer2[j++] = nodes[i2];
        buffer2[j++] = nodes[i2 + 1] - start;
        buffer2[j++] = nodes[i2 + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type) {
    return (children2, positions2, length2) => {
      var _a3;
      let lookAhead2 = 0, lastI = children2.length - 1, last2, lookAheadProp;
      if (lastI >= 0 && (last2 = children2[lastI]) instanceof Tree) {
        if (!lastI && last2.type == type && last2.length == length2)
          return last2;
        if (lookAheadProp = last2.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last2.length + lookAheadProp - length2;
      }
      let contextHash2 = 0;
      for (let i2 = 0; i2 < children2.length; i2++)
        if (children2[i2] instanceof Tree) {
          contextHash2 = (_a3 = children2[i2].prop(NodeProp.contextHash)) !== null && _a3 !== void 0 ? _a3 : 0;
          break;
        }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base2, i2, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i2) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base2 - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base2);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id: id2, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id2 < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id2;
    } else if (size == -3) {
      contextHash = id2;
    } else if (size == -4) {
      lookAhead = id2;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a2 = data.length) !== null && _a2 !== void 0 ? _a2 : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types2[data.topID], children.reverse(), positions.reverse(), length);
}
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i2 = from; i2 < to; i2++)
    total += nodeSize(balanceType, children[i2]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i2 = from2; i2 < to2; ) {
      let groupFrom = i2, groupStart = positions2[i2], groupSize = nodeSize(balanceType, children2[i2]);
      i2++;
      for (; i2 < to2; i2++) {
        let nextSize = nodeSize(balanceType, children2[i2]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i2 == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i2 - 1] + children2[i2 - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i2, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var DefaultBufferLength, nextPropID, Range2, NodeProp, MountedTree, noProps, NodeType, NodeSet, CachedNode, CachedInnerNode, IterMode, Tree, FlatBufferCursor, TreeBuffer, BaseNode, TreeNode, BufferContext, BufferNode, StackIterator, TreeCursor, nodeSizeCache, TreeFragment, Parser, StringInput, stoppedInner;
var init_dist3 = __esm({
  "node_modules/@lezer/common/dist/index.js"() {
    DefaultBufferLength = 1024;
    nextPropID = 0;
    Range2 = class {
      constructor(from, to) {
        this.from = from;
        this.to = to;
      }
    };
    NodeProp = class {
      /**
      Create a new node prop type.
      */
      constructor(config = {}) {
        this.id = nextPropID++;
        this.perNode = !!config.perNode;
        this.deserialize = config.deserialize || (() => {
          throw new Error("This node type doesn't define a deserialize function");
        });
        this.combine = config.combine || null;
      }
      /**
      This is meant to be used with
      [`NodeSet.extend`](#common.NodeSet.extend) or
      [`LRParser.configure`](#lr.ParserConfig.props) to compute
      prop values for each node type in the set. Takes a [match
      object](#common.NodeType^match) or function that returns undefined
      if the node type doesn't get this prop, and the prop's value if
      it does.
      */
      add(match) {
        if (this.perNode)
          throw new RangeError("Can't add per-node props to node types");
        if (typeof match != "function")
          match = NodeType.match(match);
        return (type) => {
          let result = match(type);
          return result === void 0 ? null : [this, result];
        };
      }
    };
    NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
    NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
    NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
    NodeProp.isolate = new NodeProp({ deserialize: (value) => {
      if (value && value != "rtl" && value != "ltr" && value != "auto")
        throw new RangeError("Invalid value for isolate: " + value);
      return value || "auto";
    } });
    NodeProp.contextHash = new NodeProp({ perNode: true });
    NodeProp.lookAhead = new NodeProp({ perNode: true });
    NodeProp.mounted = new NodeProp({ perNode: true });
    MountedTree = class {
      constructor(tree, overlay, parser2, bracketed2 = false) {
        this.tree = tree;
        this.overlay = overlay;
        this.parser = parser2;
        this.bracketed = bracketed2;
      }
      /**
      @internal
      */
      static get(tree) {
        return tree && tree.props && tree.props[NodeProp.mounted.id];
      }
    };
    noProps = /* @__PURE__ */ Object.create(null);
    NodeType = class _NodeType {
      /**
      @internal
      */
      constructor(name2, props, id2, flags = 0) {
        this.name = name2;
        this.props = props;
        this.id = id2;
        this.flags = flags;
      }
      /**
      Define a node type.
      */
      static define(spec) {
        let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
        let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
        let type = new _NodeType(spec.name || "", props, spec.id, flags);
        if (spec.props)
          for (let src of spec.props) {
            if (!Array.isArray(src))
              src = src(type);
            if (src) {
              if (src[0].perNode)
                throw new RangeError("Can't store a per-node prop on a node type");
              props[src[0].id] = src[1];
            }
          }
        return type;
      }
      /**
      Retrieves a node prop for this type. Will return `undefined` if
      the prop isn't present on this node.
      */
      prop(prop) {
        return this.props[prop.id];
      }
      /**
      True when this is the top node of a grammar.
      */
      get isTop() {
        return (this.flags & 1) > 0;
      }
      /**
      True when this node is produced by a skip rule.
      */
      get isSkipped() {
        return (this.flags & 2) > 0;
      }
      /**
      Indicates whether this is an error node.
      */
      get isError() {
        return (this.flags & 4) > 0;
      }
      /**
      When true, this node type doesn't correspond to a user-declared
      named node, for example because it is used to cache repetition.
      */
      get isAnonymous() {
        return (this.flags & 8) > 0;
      }
      /**
      Returns true when this node's name or one of its
      [groups](#common.NodeProp^group) matches the given string.
      */
      is(name2) {
        if (typeof name2 == "string") {
          if (this.name == name2)
            return true;
          let group = this.prop(NodeProp.group);
          return group ? group.indexOf(name2) > -1 : false;
        }
        return this.id == name2;
      }
      /**
      Create a function from node types to arbitrary values by
      specifying an object whose property names are node or
      [group](#common.NodeProp^group) names. Often useful with
      [`NodeProp.add`](#common.NodeProp.add). You can put multiple
      names, separated by spaces, in a single property name to map
      multiple node names to a single value.
      */
      static match(map) {
        let direct = /* @__PURE__ */ Object.create(null);
        for (let prop in map)
          for (let name2 of prop.split(" "))
            direct[name2] = map[prop];
        return (node) => {
          for (let groups = node.prop(NodeProp.group), i2 = -1; i2 < (groups ? groups.length : 0); i2++) {
            let found = direct[i2 < 0 ? node.name : groups[i2]];
            if (found)
              return found;
          }
        };
      }
    };
    NodeType.none = new NodeType(
      "",
      /* @__PURE__ */ Object.create(null),
      0,
      8
      /* NodeFlag.Anonymous */
    );
    NodeSet = class _NodeSet {
      /**
      Create a set with the given types. The `id` property of each
      type should correspond to its position within the array.
      */
      constructor(types2) {
        this.types = types2;
        for (let i2 = 0; i2 < types2.length; i2++)
          if (types2[i2].id != i2)
            throw new RangeError("Node type ids should correspond to array positions when creating a node set");
      }
      /**
      Create a copy of this set with some node properties added. The
      arguments to this method can be created with
      [`NodeProp.add`](#common.NodeProp.add).
      */
      extend(...props) {
        let newTypes = [];
        for (let type of this.types) {
          let newProps = null;
          for (let source of props) {
            let add = source(type);
            if (add) {
              if (!newProps)
                newProps = Object.assign({}, type.props);
              let value = add[1], prop = add[0];
              if (prop.combine && prop.id in newProps)
                value = prop.combine(newProps[prop.id], value);
              newProps[prop.id] = value;
            }
          }
          newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
        }
        return new _NodeSet(newTypes);
      }
    };
    CachedNode = /* @__PURE__ */ new WeakMap();
    CachedInnerNode = /* @__PURE__ */ new WeakMap();
    (function(IterMode2) {
      IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
      IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
      IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
      IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
      IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
    })(IterMode || (IterMode = {}));
    Tree = class _Tree {
      /**
      Construct a new tree. See also [`Tree.build`](#common.Tree^build).
      */
      constructor(type, children, positions, length, props) {
        this.type = type;
        this.children = children;
        this.positions = positions;
        this.length = length;
        this.props = null;
        if (props && props.length) {
          this.props = /* @__PURE__ */ Object.create(null);
          for (let [prop, value] of props)
            this.props[typeof prop == "number" ? prop : prop.id] = value;
        }
      }
      /**
      @internal
      */
      toString() {
        let mounted = MountedTree.get(this);
        if (mounted && !mounted.overlay)
          return mounted.tree.toString();
        let children = "";
        for (let ch of this.children) {
          let str = ch.toString();
          if (str) {
            if (children)
              children += ",";
            children += str;
          }
        }
        return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
      }
      /**
      Get a [tree cursor](#common.TreeCursor) positioned at the top of
      the tree. Mode can be used to [control](#common.IterMode) which
      nodes the cursor visits.
      */
      cursor(mode = 0) {
        return new TreeCursor(this.topNode, mode);
      }
      /**
      Get a [tree cursor](#common.TreeCursor) pointing into this tree
      at the given position and side (see
      [`moveTo`](#common.TreeCursor.moveTo).
      */
      cursorAt(pos, side = 0, mode = 0) {
        let scope = CachedNode.get(this) || this.topNode;
        let cursor = new TreeCursor(scope);
        cursor.moveTo(pos, side);
        CachedNode.set(this, cursor._tree);
        return cursor;
      }
      /**
      Get a [syntax node](#common.SyntaxNode) object for the top of the
      tree.
      */
      get topNode() {
        return new TreeNode(this, 0, 0, null);
      }
      /**
      Get the [syntax node](#common.SyntaxNode) at the given position.
      If `side` is -1, this will move into nodes that end at the
      position. If 1, it'll move into nodes that start at the
      position. With 0, it'll only enter nodes that cover the position
      from both sides.
      
      Note that this will not enter
      [overlays](#common.MountedTree.overlay), and you often want
      [`resolveInner`](#common.Tree.resolveInner) instead.
      */
      resolve(pos, side = 0) {
        let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
        CachedNode.set(this, node);
        return node;
      }
      /**
      Like [`resolve`](#common.Tree.resolve), but will enter
      [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
      pointing into the innermost overlaid tree at the given position
      (with parent links going through all parent structure, including
      the host trees).
      */
      resolveInner(pos, side = 0) {
        let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
        CachedInnerNode.set(this, node);
        return node;
      }
      /**
      In some situations, it can be useful to iterate through all
      nodes around a position, including those in overlays that don't
      directly cover the position. This method gives you an iterator
      that will produce all nodes, from small to big, around the given
      position.
      */
      resolveStack(pos, side = 0) {
        return stackIterator(this, pos, side);
      }
      /**
      Iterate over the tree and its children, calling `enter` for any
      node that touches the `from`/`to` region (if given) before
      running over such a node's children, and `leave` (if given) when
      leaving the node. When `enter` returns `false`, that node will
      not have its children iterated over (or `leave` called).
      */
      iterate(spec) {
        let { enter, leave, from = 0, to = this.length } = spec;
        let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
        for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
          let entered = false;
          if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
            if (c.firstChild())
              continue;
            entered = true;
          }
          for (; ; ) {
            if (entered && leave && (anon || !c.type.isAnonymous))
              leave(c);
            if (c.nextSibling())
              break;
            if (!c.parent())
              return;
            entered = true;
          }
        }
      }
      /**
      Get the value of the given [node prop](#common.NodeProp) for this
      node. Works with both per-node and per-type props.
      */
      prop(prop) {
        return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
      }
      /**
      Returns the node's [per-node props](#common.NodeProp.perNode) in a
      format that can be passed to the [`Tree`](#common.Tree)
      constructor.
      */
      get propValues() {
        let result = [];
        if (this.props)
          for (let id2 in this.props)
            result.push([+id2, this.props[id2]]);
        return result;
      }
      /**
      Balance the direct children of this tree, producing a copy of
      which may have children grouped into subtrees with type
      [`NodeType.none`](#common.NodeType^none).
      */
      balance(config = {}) {
        return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
      }
      /**
      Build a tree from a postfix-ordered buffer of node information,
      or a cursor over such a buffer.
      */
      static build(data) {
        return buildTree(data);
      }
    };
    Tree.empty = new Tree(NodeType.none, [], [], 0);
    FlatBufferCursor = class _FlatBufferCursor {
      constructor(buffer, index) {
        this.buffer = buffer;
        this.index = index;
      }
      get id() {
        return this.buffer[this.index - 4];
      }
      get start() {
        return this.buffer[this.index - 3];
      }
      get end() {
        return this.buffer[this.index - 2];
      }
      get size() {
        return this.buffer[this.index - 1];
      }
      get pos() {
        return this.index;
      }
      next() {
        this.index -= 4;
      }
      fork() {
        return new _FlatBufferCursor(this.buffer, this.index);
      }
    };
    TreeBuffer = class _TreeBuffer {
      /**
      Create a tree buffer.
      */
      constructor(buffer, length, set) {
        this.buffer = buffer;
        this.length = length;
        this.set = set;
      }
      /**
      @internal
      */
      get type() {
        return NodeType.none;
      }
      /**
      @internal
      */
      toString() {
        let result = [];
        for (let index = 0; index < this.buffer.length; ) {
          result.push(this.childString(index));
          index = this.buffer[index + 3];
        }
        return result.join(",");
      }
      /**
      @internal
      */
      childString(index) {
        let id2 = this.buffer[index], endIndex = this.buffer[index + 3];
        let type = this.set.types[id2], result = type.name;
        if (/\W/.test(result) && !type.isError)
          result = JSON.stringify(result);
        index += 4;
        if (endIndex == index)
          return result;
        let children = [];
        while (index < endIndex) {
          children.push(this.childString(index));
          index = this.buffer[index + 3];
        }
        return result + "(" + children.join(",") + ")";
      }
      /**
      @internal
      */
      findChild(startIndex, endIndex, dir, pos, side) {
        let { buffer } = this, pick = -1;
        for (let i2 = startIndex; i2 != endIndex; i2 = buffer[i2 + 3]) {
          if (checkSide(side, pos, buffer[i2 + 1], buffer[i2 + 2])) {
            pick = i2;
            if (dir > 0)
              break;
          }
        }
        return pick;
      }
      /**
      @internal
      */
      slice(startI, endI, from) {
        let b = this.buffer;
        let copy2 = new Uint16Array(endI - startI), len = 0;
        for (let i2 = startI, j = 0; i2 < endI; ) {
          copy2[j++] = b[i2++];
          copy2[j++] = b[i2++] - from;
          let to = copy2[j++] = b[i2++] - from;
          copy2[j++] = b[i2++] - startI;
          len = Math.max(len, to);
        }
        return new _TreeBuffer(copy2, len, this.set);
      }
    };
    BaseNode = class {
      cursor(mode = 0) {
        return new TreeCursor(this, mode);
      }
      getChild(type, before = null, after = null) {
        let r = getChildren(this, type, before, after);
        return r.length ? r[0] : null;
      }
      getChildren(type, before = null, after = null) {
        return getChildren(this, type, before, after);
      }
      resolve(pos, side = 0) {
        return resolveNode(this, pos, side, false);
      }
      resolveInner(pos, side = 0) {
        return resolveNode(this, pos, side, true);
      }
      matchContext(context) {
        return matchNodeContext(this.parent, context);
      }
      enterUnfinishedNodesBefore(pos) {
        let scan = this.childBefore(pos), node = this;
        while (scan) {
          let last2 = scan.lastChild;
          if (!last2 || last2.to != scan.to)
            break;
          if (last2.type.isError && last2.from == last2.to) {
            node = scan;
            scan = last2.prevSibling;
          } else {
            scan = last2;
          }
        }
        return node;
      }
      get node() {
        return this;
      }
      get next() {
        return this.parent;
      }
    };
    TreeNode = class _TreeNode extends BaseNode {
      constructor(_tree, from, index, _parent) {
        super();
        this._tree = _tree;
        this.from = from;
        this.index = index;
        this._parent = _parent;
      }
      get type() {
        return this._tree.type;
      }
      get name() {
        return this._tree.type.name;
      }
      get to() {
        return this.from + this._tree.length;
      }
      nextChild(i2, dir, pos, side, mode = 0) {
        for (let parent2 = this; ; ) {
          for (let { children, positions } = parent2._tree, e = dir > 0 ? children.length : -1; i2 != e; i2 += dir) {
            let next = children[i2], start = positions[i2] + parent2.from, mounted;
            if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
              continue;
            if (next instanceof TreeBuffer) {
              if (mode & IterMode.ExcludeBuffers)
                continue;
              let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
              if (index > -1)
                return new BufferNode(new BufferContext(parent2, next, i2, start), null, index);
            } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
              let mounted2;
              if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
                return new _TreeNode(mounted2.tree, start, i2, parent2);
              let inner = new _TreeNode(next, start, i2, parent2);
              return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
            }
          }
          if (mode & IterMode.IncludeAnonymous || !parent2.type.isAnonymous)
            return null;
          if (parent2.index >= 0)
            i2 = parent2.index + dir;
          else
            i2 = dir < 0 ? -1 : parent2._parent._tree.children.length;
          parent2 = parent2._parent;
          if (!parent2)
            return null;
        }
      }
      get firstChild() {
        return this.nextChild(
          0,
          1,
          0,
          4
          /* Side.DontCare */
        );
      }
      get lastChild() {
        return this.nextChild(
          this._tree.children.length - 1,
          -1,
          0,
          4
          /* Side.DontCare */
        );
      }
      childAfter(pos) {
        return this.nextChild(
          0,
          1,
          pos,
          2
          /* Side.After */
        );
      }
      childBefore(pos) {
        return this.nextChild(
          this._tree.children.length - 1,
          -1,
          pos,
          -2
          /* Side.Before */
        );
      }
      prop(prop) {
        return this._tree.prop(prop);
      }
      enter(pos, side, mode = 0) {
        let mounted;
        if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
          let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
          for (let { from, to } of mounted.overlay) {
            if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
              return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
          }
        }
        return this.nextChild(0, 1, pos, side, mode);
      }
      nextSignificantParent() {
        let val = this;
        while (val.type.isAnonymous && val._parent)
          val = val._parent;
        return val;
      }
      get parent() {
        return this._parent ? this._parent.nextSignificantParent() : null;
      }
      get nextSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(
          this.index + 1,
          1,
          0,
          4
          /* Side.DontCare */
        ) : null;
      }
      get prevSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(
          this.index - 1,
          -1,
          0,
          4
          /* Side.DontCare */
        ) : null;
      }
      get tree() {
        return this._tree;
      }
      toTree() {
        return this._tree;
      }
      /**
      @internal
      */
      toString() {
        return this._tree.toString();
      }
    };
    BufferContext = class {
      constructor(parent2, buffer, index, start) {
        this.parent = parent2;
        this.buffer = buffer;
        this.index = index;
        this.start = start;
      }
    };
    BufferNode = class _BufferNode extends BaseNode {
      get name() {
        return this.type.name;
      }
      get from() {
        return this.context.start + this.context.buffer.buffer[this.index + 1];
      }
      get to() {
        return this.context.start + this.context.buffer.buffer[this.index + 2];
      }
      constructor(context, _parent, index) {
        super();
        this.context = context;
        this._parent = _parent;
        this.index = index;
        this.type = context.buffer.set.types[context.buffer.buffer[index]];
      }
      child(dir, pos, side) {
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
        return index < 0 ? null : new _BufferNode(this.context, this, index);
      }
      get firstChild() {
        return this.child(
          1,
          0,
          4
          /* Side.DontCare */
        );
      }
      get lastChild() {
        return this.child(
          -1,
          0,
          4
          /* Side.DontCare */
        );
      }
      childAfter(pos) {
        return this.child(
          1,
          pos,
          2
          /* Side.After */
        );
      }
      childBefore(pos) {
        return this.child(
          -1,
          pos,
          -2
          /* Side.Before */
        );
      }
      prop(prop) {
        return this.type.prop(prop);
      }
      enter(pos, side, mode = 0) {
        if (mode & IterMode.ExcludeBuffers)
          return null;
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
        return index < 0 ? null : new _BufferNode(this.context, this, index);
      }
      get parent() {
        return this._parent || this.context.parent.nextSignificantParent();
      }
      externalSibling(dir) {
        return this._parent ? null : this.context.parent.nextChild(
          this.context.index + dir,
          dir,
          0,
          4
          /* Side.DontCare */
        );
      }
      get nextSibling() {
        let { buffer } = this.context;
        let after = buffer.buffer[this.index + 3];
        if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
          return new _BufferNode(this.context, this._parent, after);
        return this.externalSibling(1);
      }
      get prevSibling() {
        let { buffer } = this.context;
        let parentStart = this._parent ? this._parent.index + 4 : 0;
        if (this.index == parentStart)
          return this.externalSibling(-1);
        return new _BufferNode(this.context, this._parent, buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
      }
      get tree() {
        return null;
      }
      toTree() {
        let children = [], positions = [];
        let { buffer } = this.context;
        let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
        if (endI > startI) {
          let from = buffer.buffer[this.index + 1];
          children.push(buffer.slice(startI, endI, from));
          positions.push(0);
        }
        return new Tree(this.type, children, positions, this.to - this.from);
      }
      /**
      @internal
      */
      toString() {
        return this.context.buffer.childString(this.index);
      }
    };
    StackIterator = class {
      constructor(heads, node) {
        this.heads = heads;
        this.node = node;
      }
      get next() {
        return iterStack(this.heads);
      }
    };
    TreeCursor = class {
      /**
      Shorthand for `.type.name`.
      */
      get name() {
        return this.type.name;
      }
      /**
      @internal
      */
      constructor(node, mode = 0) {
        this.buffer = null;
        this.stack = [];
        this.index = 0;
        this.bufferNode = null;
        this.mode = mode & ~IterMode.EnterBracketed;
        if (node instanceof TreeNode) {
          this.yieldNode(node);
        } else {
          this._tree = node.context.parent;
          this.buffer = node.context;
          for (let n = node._parent; n; n = n._parent)
            this.stack.unshift(n.index);
          this.bufferNode = node;
          this.yieldBuf(node.index);
        }
      }
      yieldNode(node) {
        if (!node)
          return false;
        this._tree = node;
        this.type = node.type;
        this.from = node.from;
        this.to = node.to;
        return true;
      }
      yieldBuf(index, type) {
        this.index = index;
        let { start, buffer } = this.buffer;
        this.type = type || buffer.set.types[buffer.buffer[index]];
        this.from = start + buffer.buffer[index + 1];
        this.to = start + buffer.buffer[index + 2];
        return true;
      }
      /**
      @internal
      */
      yield(node) {
        if (!node)
          return false;
        if (node instanceof TreeNode) {
          this.buffer = null;
          return this.yieldNode(node);
        }
        this.buffer = node.context;
        return this.yieldBuf(node.index, node.type);
      }
      /**
      @internal
      */
      toString() {
        return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
      }
      /**
      @internal
      */
      enterChild(dir, pos, side) {
        if (!this.buffer)
          return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
        let { buffer } = this.buffer;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
        if (index < 0)
          return false;
        this.stack.push(this.index);
        return this.yieldBuf(index);
      }
      /**
      Move the cursor to this node's first child. When this returns
      false, the node has no child, and the cursor has not been moved.
      */
      firstChild() {
        return this.enterChild(
          1,
          0,
          4
          /* Side.DontCare */
        );
      }
      /**
      Move the cursor to this node's last child.
      */
      lastChild() {
        return this.enterChild(
          -1,
          0,
          4
          /* Side.DontCare */
        );
      }
      /**
      Move the cursor to the first child that ends after `pos`.
      */
      childAfter(pos) {
        return this.enterChild(
          1,
          pos,
          2
          /* Side.After */
        );
      }
      /**
      Move to the last child that starts before `pos`.
      */
      childBefore(pos) {
        return this.enterChild(
          -1,
          pos,
          -2
          /* Side.Before */
        );
      }
      /**
      Move the cursor to the child around `pos`. If side is -1 the
      child may end at that position, when 1 it may start there. This
      will also enter [overlaid](#common.MountedTree.overlay)
      [mounted](#common.NodeProp^mounted) trees unless `overlays` is
      set to false.
      */
      enter(pos, side, mode = this.mode) {
        if (!this.buffer)
          return this.yield(this._tree.enter(pos, side, mode));
        return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
      }
      /**
      Move to the node's parent node, if this isn't the top node.
      */
      parent() {
        if (!this.buffer)
          return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
        if (this.stack.length)
          return this.yieldBuf(this.stack.pop());
        let parent2 = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
        this.buffer = null;
        return this.yieldNode(parent2);
      }
      /**
      @internal
      */
      sibling(dir) {
        if (!this.buffer)
          return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
        let { buffer } = this.buffer, d = this.stack.length - 1;
        if (dir < 0) {
          let parentStart = d < 0 ? 0 : this.stack[d] + 4;
          if (this.index != parentStart)
            return this.yieldBuf(buffer.findChild(
              parentStart,
              this.index,
              -1,
              0,
              4
              /* Side.DontCare */
            ));
        } else {
          let after = buffer.buffer[this.index + 3];
          if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
            return this.yieldBuf(after);
        }
        return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
      }
      /**
      Move to this node's next sibling, if any.
      */
      nextSibling() {
        return this.sibling(1);
      }
      /**
      Move to this node's previous sibling, if any.
      */
      prevSibling() {
        return this.sibling(-1);
      }
      atLastNode(dir) {
        let index, parent2, { buffer } = this;
        if (buffer) {
          if (dir > 0) {
            if (this.index < buffer.buffer.buffer.length)
              return false;
          } else {
            for (let i2 = 0; i2 < this.index; i2++)
              if (buffer.buffer.buffer[i2 + 3] < this.index)
                return false;
          }
          ({ index, parent: parent2 } = buffer);
        } else {
          ({ index, _parent: parent2 } = this._tree);
        }
        for (; parent2; { index, _parent: parent2 } = parent2) {
          if (index > -1)
            for (let i2 = index + dir, e = dir < 0 ? -1 : parent2._tree.children.length; i2 != e; i2 += dir) {
              let child = parent2._tree.children[i2];
              if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
                return false;
            }
        }
        return true;
      }
      move(dir, enter) {
        if (enter && this.enterChild(
          dir,
          0,
          4
          /* Side.DontCare */
        ))
          return true;
        for (; ; ) {
          if (this.sibling(dir))
            return true;
          if (this.atLastNode(dir) || !this.parent())
            return false;
        }
      }
      /**
      Move to the next node in a
      [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
      traversal, going from a node to its first child or, if the
      current node is empty or `enter` is false, its next sibling or
      the next sibling of the first parent node that has one.
      */
      next(enter = true) {
        return this.move(1, enter);
      }
      /**
      Move to the next node in a last-to-first pre-order traversal. A
      node is followed by its last child or, if it has none, its
      previous sibling or the previous sibling of the first parent
      node that has one.
      */
      prev(enter = true) {
        return this.move(-1, enter);
      }
      /**
      Move the cursor to the innermost node that covers `pos`. If
      `side` is -1, it will enter nodes that end at `pos`. If it is 1,
      it will enter nodes that start at `pos`.
      */
      moveTo(pos, side = 0) {
        while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
          if (!this.parent())
            break;
        while (this.enterChild(1, pos, side)) {
        }
        return this;
      }
      /**
      Get a [syntax node](#common.SyntaxNode) at the cursor's current
      position.
      */
      get node() {
        if (!this.buffer)
          return this._tree;
        let cache = this.bufferNode, result = null, depth = 0;
        if (cache && cache.context == this.buffer) {
          scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
            for (let c = cache; c; c = c._parent)
              if (c.index == index) {
                if (index == this.index)
                  return c;
                result = c;
                depth = d + 1;
                break scan;
              }
            index = this.stack[--d];
          }
        }
        for (let i2 = depth; i2 < this.stack.length; i2++)
          result = new BufferNode(this.buffer, result, this.stack[i2]);
        return this.bufferNode = new BufferNode(this.buffer, result, this.index);
      }
      /**
      Get the [tree](#common.Tree) that represents the current node, if
      any. Will return null when the node is in a [tree
      buffer](#common.TreeBuffer).
      */
      get tree() {
        return this.buffer ? null : this._tree._tree;
      }
      /**
      Iterate over the current node and all its descendants, calling
      `enter` when entering a node and `leave`, if given, when leaving
      one. When `enter` returns `false`, any children of that node are
      skipped, and `leave` isn't called for it.
      */
      iterate(enter, leave) {
        for (let depth = 0; ; ) {
          let mustLeave = false;
          if (this.type.isAnonymous || enter(this) !== false) {
            if (this.firstChild()) {
              depth++;
              continue;
            }
            if (!this.type.isAnonymous)
              mustLeave = true;
          }
          for (; ; ) {
            if (mustLeave && leave)
              leave(this);
            mustLeave = this.type.isAnonymous;
            if (!depth)
              return;
            if (this.nextSibling())
              break;
            this.parent();
            depth--;
            mustLeave = true;
          }
        }
      }
      /**
      Test whether the current node matches a given context—a sequence
      of direct parent node names. Empty strings in the context array
      are treated as wildcards.
      */
      matchContext(context) {
        if (!this.buffer)
          return matchNodeContext(this.node.parent, context);
        let { buffer } = this.buffer, { types: types2 } = buffer.set;
        for (let i2 = context.length - 1, d = this.stack.length - 1; i2 >= 0; d--) {
          if (d < 0)
            return matchNodeContext(this._tree, context, i2);
          let type = types2[buffer.buffer[this.stack[d]]];
          if (!type.isAnonymous) {
            if (context[i2] && context[i2] != type.name)
              return false;
            i2--;
          }
        }
        return true;
      }
    };
    nodeSizeCache = /* @__PURE__ */ new WeakMap();
    TreeFragment = class _TreeFragment {
      /**
      Construct a tree fragment. You'll usually want to use
      [`addTree`](#common.TreeFragment^addTree) and
      [`applyChanges`](#common.TreeFragment^applyChanges) instead of
      calling this directly.
      */
      constructor(from, to, tree, offset, openStart = false, openEnd = false) {
        this.from = from;
        this.to = to;
        this.tree = tree;
        this.offset = offset;
        this.open = (openStart ? 1 : 0) | (openEnd ? 2 : 0);
      }
      /**
      Whether the start of the fragment represents the start of a
      parse, or the end of a change. (In the second case, it may not
      be safe to reuse some nodes at the start, depending on the
      parsing algorithm.)
      */
      get openStart() {
        return (this.open & 1) > 0;
      }
      /**
      Whether the end of the fragment represents the end of a
      full-document parse, or the start of a change.
      */
      get openEnd() {
        return (this.open & 2) > 0;
      }
      /**
      Create a set of fragments from a freshly parsed tree, or update
      an existing set of fragments by replacing the ones that overlap
      with a tree with content from the new tree. When `partial` is
      true, the parse is treated as incomplete, and the resulting
      fragment has [`openEnd`](#common.TreeFragment.openEnd) set to
      true.
      */
      static addTree(tree, fragments = [], partial = false) {
        let result = [new _TreeFragment(0, tree.length, tree, 0, false, partial)];
        for (let f of fragments)
          if (f.to > tree.length)
            result.push(f);
        return result;
      }
      /**
      Apply a set of edits to an array of fragments, removing or
      splitting fragments as necessary to remove edited ranges, and
      adjusting offsets for fragments that moved.
      */
      static applyChanges(fragments, changes, minGap = 128) {
        if (!changes.length)
          return fragments;
        let result = [];
        let fI = 1, nextF = fragments.length ? fragments[0] : null;
        for (let cI = 0, pos = 0, off = 0; ; cI++) {
          let nextC = cI < changes.length ? changes[cI] : null;
          let nextPos = nextC ? nextC.fromA : 1e9;
          if (nextPos - pos >= minGap)
            while (nextF && nextF.from < nextPos) {
              let cut = nextF;
              if (pos >= cut.from || nextPos <= cut.to || off) {
                let fFrom = Math.max(cut.from, pos) - off, fTo = Math.min(cut.to, nextPos) - off;
                cut = fFrom >= fTo ? null : new _TreeFragment(fFrom, fTo, cut.tree, cut.offset + off, cut.openStart || cI > 0, cut.openEnd || !!nextC);
              }
              if (cut)
                result.push(cut);
              if (nextF.to > nextPos)
                break;
              nextF = fI < fragments.length ? fragments[fI++] : null;
            }
          if (!nextC)
            break;
          pos = nextC.toA;
          off = nextC.toA - nextC.toB;
        }
        return result;
      }
    };
    Parser = class {
      /**
      Start a parse, returning a [partial parse](#common.PartialParse)
      object. [`fragments`](#common.TreeFragment) can be passed in to
      make the parse incremental.
      
      By default, the entire input is parsed. You can pass `ranges`,
      which should be a sorted array of non-empty, non-overlapping
      ranges, to parse only those ranges. The tree returned in that
      case will start at `ranges[0].from`.
      */
      startParse(input, fragments, ranges) {
        if (typeof input == "string")
          input = new StringInput(input);
        ranges = !ranges ? [new Range2(0, input.length)] : ranges.length ? ranges.map((r) => new Range2(r.from, r.to)) : [new Range2(0, 0)];
        return this.createParse(input, fragments || [], ranges);
      }
      /**
      Run a full parse, returning the resulting tree.
      */
      parse(input, fragments, ranges) {
        let parse2 = this.startParse(input, fragments, ranges);
        for (; ; ) {
          let done = parse2.advance();
          if (done)
            return done;
        }
      }
    };
    StringInput = class {
      constructor(string2) {
        this.string = string2;
      }
      get length() {
        return this.string.length;
      }
      chunk(from) {
        return this.string.slice(from);
      }
      get lineChunks() {
        return false;
      }
      read(from, to) {
        return this.string.slice(from, to);
      }
    };
    stoppedInner = new NodeProp({ perNode: true });
  }
});

// node_modules/@lezer/highlight/dist/index.js
function sameArray2(a, b) {
  return a.length == b.length && a.every((x, i2) => x == b[i2]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i2 = 0; i2 < array.length; i2++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i2]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last2 = pieces.length - 1, inner = pieces[last2];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last2 > 0 ? pieces.slice(0, last2) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
function highlightTags(highlighters, tags2) {
  let result = null;
  for (let highlighter of highlighters) {
    let value = highlighter.style(tags2);
    if (value)
      result = result ? result + " " + value : value;
  }
  return result;
}
function highlightTree(tree, highlighter, putStyle, from = 0, to = tree.length) {
  let builder = new HighlightBuilder(from, Array.isArray(highlighter) ? highlighter : [highlighter], putStyle);
  builder.highlightRange(tree.cursor(), from, to, "", builder.highlighters);
  builder.flush(to);
}
function getStyleTags(node) {
  let rule = node.type.prop(ruleNodeProp);
  while (rule && rule.context && !node.matchContext(rule.context))
    rule = rule.next;
  return rule || null;
}
var nextTagID, Tag, nextModifierID, Modifier, ruleNodeProp, Rule, HighlightBuilder, t2, comment, name, typeName, propertyName, literal, string, number, content, heading, keyword, operator, punctuation, bracket, meta, tags, classHighlighter;
var init_dist4 = __esm({
  "node_modules/@lezer/highlight/dist/index.js"() {
    init_dist3();
    nextTagID = 0;
    Tag = class _Tag {
      /**
      @internal
      */
      constructor(name2, set, base2, modified) {
        this.name = name2;
        this.set = set;
        this.base = base2;
        this.modified = modified;
        this.id = nextTagID++;
      }
      toString() {
        let { name: name2 } = this;
        for (let mod of this.modified)
          if (mod.name)
            name2 = `${mod.name}(${name2})`;
        return name2;
      }
      static define(nameOrParent, parent2) {
        let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
        if (nameOrParent instanceof _Tag)
          parent2 = nameOrParent;
        if (parent2 === null || parent2 === void 0 ? void 0 : parent2.base)
          throw new Error("Can not derive from a modified tag");
        let tag = new _Tag(name2, [], null, []);
        tag.set.push(tag);
        if (parent2)
          for (let t3 of parent2.set)
            tag.set.push(t3);
        return tag;
      }
      /**
      Define a tag _modifier_, which is a function that, given a tag,
      will return a tag that is a subtag of the original. Applying the
      same modifier to a twice tag will return the same value (`m1(t1)
      == m1(t1)`) and applying multiple modifiers will, regardless or
      order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
      
      When multiple modifiers are applied to a given base tag, each
      smaller set of modifiers is registered as a parent, so that for
      example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
      `m1(m3(t1)`, and so on.
      */
      static defineModifier(name2) {
        let mod = new Modifier(name2);
        return (tag) => {
          if (tag.modified.indexOf(mod) > -1)
            return tag;
          return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
        };
      }
    };
    nextModifierID = 0;
    Modifier = class _Modifier {
      constructor(name2) {
        this.name = name2;
        this.instances = [];
        this.id = nextModifierID++;
      }
      static get(base2, mods) {
        if (!mods.length)
          return base2;
        let exists = mods[0].instances.find((t3) => t3.base == base2 && sameArray2(mods, t3.modified));
        if (exists)
          return exists;
        let set = [], tag = new Tag(base2.name, set, base2, mods);
        for (let m of mods)
          m.instances.push(tag);
        let configs = powerSet(mods);
        for (let parent2 of base2.set)
          if (!parent2.modified.length)
            for (let config of configs)
              set.push(_Modifier.get(parent2, config));
        return tag;
      }
    };
    ruleNodeProp = new NodeProp({
      combine(a, b) {
        let cur, root, take;
        while (a || b) {
          if (!a || b && a.depth <= b.depth) {
            take = b;
            b = b.next;
          } else {
            take = a;
            a = a.next;
          }
          if (cur && cur.mode == take.mode && !take.context && !cur.context)
            continue;
          let copy2 = new Rule(take.tags, take.mode, take.context);
          if (cur)
            cur.next = copy2;
          else
            root = copy2;
          cur = copy2;
        }
        return root;
      }
    });
    Rule = class {
      constructor(tags2, mode, context, next) {
        this.tags = tags2;
        this.mode = mode;
        this.context = context;
        this.next = next;
      }
      get opaque() {
        return this.mode == 0;
      }
      get inherit() {
        return this.mode == 1;
      }
      sort(other) {
        if (!other || other.depth < this.depth) {
          this.next = other;
          return this;
        }
        other.next = this.sort(other.next);
        return other;
      }
      get depth() {
        return this.context ? this.context.length : 0;
      }
    };
    Rule.empty = new Rule([], 2, null);
    HighlightBuilder = class {
      constructor(at, highlighters, span) {
        this.at = at;
        this.highlighters = highlighters;
        this.span = span;
        this.class = "";
      }
      startSpan(at, cls) {
        if (cls != this.class) {
          this.flush(at);
          if (at > this.at)
            this.at = at;
          this.class = cls;
        }
      }
      flush(to) {
        if (to > this.at && this.class)
          this.span(this.at, to, this.class);
      }
      highlightRange(cursor, from, to, inheritedClass, highlighters) {
        let { type, from: start, to: end } = cursor;
        if (start >= to || end <= from)
          return;
        if (type.isTop)
          highlighters = this.highlighters.filter((h) => !h.scope || h.scope(type));
        let cls = inheritedClass;
        let rule = getStyleTags(cursor) || Rule.empty;
        let tagCls = highlightTags(highlighters, rule.tags);
        if (tagCls) {
          if (cls)
            cls += " ";
          cls += tagCls;
          if (rule.mode == 1)
            inheritedClass += (inheritedClass ? " " : "") + tagCls;
        }
        this.startSpan(Math.max(from, start), cls);
        if (rule.opaque)
          return;
        let mounted = cursor.tree && cursor.tree.prop(NodeProp.mounted);
        if (mounted && mounted.overlay) {
          let inner = cursor.node.enter(mounted.overlay[0].from + start, 1);
          let innerHighlighters = this.highlighters.filter((h) => !h.scope || h.scope(mounted.tree.type));
          let hasChild2 = cursor.firstChild();
          for (let i2 = 0, pos = start; ; i2++) {
            let next = i2 < mounted.overlay.length ? mounted.overlay[i2] : null;
            let nextPos = next ? next.from + start : end;
            let rangeFrom2 = Math.max(from, pos), rangeTo2 = Math.min(to, nextPos);
            if (rangeFrom2 < rangeTo2 && hasChild2) {
              while (cursor.from < rangeTo2) {
                this.highlightRange(cursor, rangeFrom2, rangeTo2, inheritedClass, highlighters);
                this.startSpan(Math.min(rangeTo2, cursor.to), cls);
                if (cursor.to >= nextPos || !cursor.nextSibling())
                  break;
              }
            }
            if (!next || nextPos > to)
              break;
            pos = next.to + start;
            if (pos > from) {
              this.highlightRange(inner.cursor(), Math.max(from, next.from + start), Math.min(to, pos), "", innerHighlighters);
              this.startSpan(Math.min(to, pos), cls);
            }
          }
          if (hasChild2)
            cursor.parent();
        } else if (cursor.firstChild()) {
          if (mounted)
            inheritedClass = "";
          do {
            if (cursor.to <= from)
              continue;
            if (cursor.from >= to)
              break;
            this.highlightRange(cursor, from, to, inheritedClass, highlighters);
            this.startSpan(Math.min(to, cursor.to), cls);
          } while (cursor.nextSibling());
          cursor.parent();
        }
      }
    };
    t2 = Tag.define;
    comment = t2();
    name = t2();
    typeName = t2(name);
    propertyName = t2(name);
    literal = t2();
    string = t2(literal);
    number = t2(literal);
    content = t2();
    heading = t2(content);
    keyword = t2();
    operator = t2();
    punctuation = t2();
    bracket = t2(punctuation);
    meta = t2();
    tags = {
      /**
      A comment.
      */
      comment,
      /**
      A line [comment](#highlight.tags.comment).
      */
      lineComment: t2(comment),
      /**
      A block [comment](#highlight.tags.comment).
      */
      blockComment: t2(comment),
      /**
      A documentation [comment](#highlight.tags.comment).
      */
      docComment: t2(comment),
      /**
      Any kind of identifier.
      */
      name,
      /**
      The [name](#highlight.tags.name) of a variable.
      */
      variableName: t2(name),
      /**
      A type [name](#highlight.tags.name).
      */
      typeName,
      /**
      A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
      */
      tagName: t2(typeName),
      /**
      A property or field [name](#highlight.tags.name).
      */
      propertyName,
      /**
      An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
      */
      attributeName: t2(propertyName),
      /**
      The [name](#highlight.tags.name) of a class.
      */
      className: t2(name),
      /**
      A label [name](#highlight.tags.name).
      */
      labelName: t2(name),
      /**
      A namespace [name](#highlight.tags.name).
      */
      namespace: t2(name),
      /**
      The [name](#highlight.tags.name) of a macro.
      */
      macroName: t2(name),
      /**
      A literal value.
      */
      literal,
      /**
      A string [literal](#highlight.tags.literal).
      */
      string,
      /**
      A documentation [string](#highlight.tags.string).
      */
      docString: t2(string),
      /**
      A character literal (subtag of [string](#highlight.tags.string)).
      */
      character: t2(string),
      /**
      An attribute value (subtag of [string](#highlight.tags.string)).
      */
      attributeValue: t2(string),
      /**
      A number [literal](#highlight.tags.literal).
      */
      number,
      /**
      An integer [number](#highlight.tags.number) literal.
      */
      integer: t2(number),
      /**
      A floating-point [number](#highlight.tags.number) literal.
      */
      float: t2(number),
      /**
      A boolean [literal](#highlight.tags.literal).
      */
      bool: t2(literal),
      /**
      Regular expression [literal](#highlight.tags.literal).
      */
      regexp: t2(literal),
      /**
      An escape [literal](#highlight.tags.literal), for example a
      backslash escape in a string.
      */
      escape: t2(literal),
      /**
      A color [literal](#highlight.tags.literal).
      */
      color: t2(literal),
      /**
      A URL [literal](#highlight.tags.literal).
      */
      url: t2(literal),
      /**
      A language keyword.
      */
      keyword,
      /**
      The [keyword](#highlight.tags.keyword) for the self or this
      object.
      */
      self: t2(keyword),
      /**
      The [keyword](#highlight.tags.keyword) for null.
      */
      null: t2(keyword),
      /**
      A [keyword](#highlight.tags.keyword) denoting some atomic value.
      */
      atom: t2(keyword),
      /**
      A [keyword](#highlight.tags.keyword) that represents a unit.
      */
      unit: t2(keyword),
      /**
      A modifier [keyword](#highlight.tags.keyword).
      */
      modifier: t2(keyword),
      /**
      A [keyword](#highlight.tags.keyword) that acts as an operator.
      */
      operatorKeyword: t2(keyword),
      /**
      A control-flow related [keyword](#highlight.tags.keyword).
      */
      controlKeyword: t2(keyword),
      /**
      A [keyword](#highlight.tags.keyword) that defines something.
      */
      definitionKeyword: t2(keyword),
      /**
      A [keyword](#highlight.tags.keyword) related to defining or
      interfacing with modules.
      */
      moduleKeyword: t2(keyword),
      /**
      An operator.
      */
      operator,
      /**
      An [operator](#highlight.tags.operator) that dereferences something.
      */
      derefOperator: t2(operator),
      /**
      Arithmetic-related [operator](#highlight.tags.operator).
      */
      arithmeticOperator: t2(operator),
      /**
      Logical [operator](#highlight.tags.operator).
      */
      logicOperator: t2(operator),
      /**
      Bit [operator](#highlight.tags.operator).
      */
      bitwiseOperator: t2(operator),
      /**
      Comparison [operator](#highlight.tags.operator).
      */
      compareOperator: t2(operator),
      /**
      [Operator](#highlight.tags.operator) that updates its operand.
      */
      updateOperator: t2(operator),
      /**
      [Operator](#highlight.tags.operator) that defines something.
      */
      definitionOperator: t2(operator),
      /**
      Type-related [operator](#highlight.tags.operator).
      */
      typeOperator: t2(operator),
      /**
      Control-flow [operator](#highlight.tags.operator).
      */
      controlOperator: t2(operator),
      /**
      Program or markup punctuation.
      */
      punctuation,
      /**
      [Punctuation](#highlight.tags.punctuation) that separates
      things.
      */
      separator: t2(punctuation),
      /**
      Bracket-style [punctuation](#highlight.tags.punctuation).
      */
      bracket,
      /**
      Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
      tokens).
      */
      angleBracket: t2(bracket),
      /**
      Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
      tokens).
      */
      squareBracket: t2(bracket),
      /**
      Parentheses (usually `(` and `)` tokens). Subtag of
      [bracket](#highlight.tags.bracket).
      */
      paren: t2(bracket),
      /**
      Braces (usually `{` and `}` tokens). Subtag of
      [bracket](#highlight.tags.bracket).
      */
      brace: t2(bracket),
      /**
      Content, for example plain text in XML or markup documents.
      */
      content,
      /**
      [Content](#highlight.tags.content) that represents a heading.
      */
      heading,
      /**
      A level 1 [heading](#highlight.tags.heading).
      */
      heading1: t2(heading),
      /**
      A level 2 [heading](#highlight.tags.heading).
      */
      heading2: t2(heading),
      /**
      A level 3 [heading](#highlight.tags.heading).
      */
      heading3: t2(heading),
      /**
      A level 4 [heading](#highlight.tags.heading).
      */
      heading4: t2(heading),
      /**
      A level 5 [heading](#highlight.tags.heading).
      */
      heading5: t2(heading),
      /**
      A level 6 [heading](#highlight.tags.heading).
      */
      heading6: t2(heading),
      /**
      A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
      */
      contentSeparator: t2(content),
      /**
      [Content](#highlight.tags.content) that represents a list.
      */
      list: t2(content),
      /**
      [Content](#highlight.tags.content) that represents a quote.
      */
      quote: t2(content),
      /**
      [Content](#highlight.tags.content) that is emphasized.
      */
      emphasis: t2(content),
      /**
      [Content](#highlight.tags.content) that is styled strong.
      */
      strong: t2(content),
      /**
      [Content](#highlight.tags.content) that is part of a link.
      */
      link: t2(content),
      /**
      [Content](#highlight.tags.content) that is styled as code or
      monospace.
      */
      monospace: t2(content),
      /**
      [Content](#highlight.tags.content) that has a strike-through
      style.
      */
      strikethrough: t2(content),
      /**
      Inserted text in a change-tracking format.
      */
      inserted: t2(),
      /**
      Deleted text.
      */
      deleted: t2(),
      /**
      Changed text.
      */
      changed: t2(),
      /**
      An invalid or unsyntactic element.
      */
      invalid: t2(),
      /**
      Metadata or meta-instruction.
      */
      meta,
      /**
      [Metadata](#highlight.tags.meta) that applies to the entire
      document.
      */
      documentMeta: t2(meta),
      /**
      [Metadata](#highlight.tags.meta) that annotates or adds
      attributes to a given syntactic element.
      */
      annotation: t2(meta),
      /**
      Processing instruction or preprocessor directive. Subtag of
      [meta](#highlight.tags.meta).
      */
      processingInstruction: t2(meta),
      /**
      [Modifier](#highlight.Tag^defineModifier) that indicates that a
      given element is being defined. Expected to be used with the
      various [name](#highlight.tags.name) tags.
      */
      definition: Tag.defineModifier("definition"),
      /**
      [Modifier](#highlight.Tag^defineModifier) that indicates that
      something is constant. Mostly expected to be used with
      [variable names](#highlight.tags.variableName).
      */
      constant: Tag.defineModifier("constant"),
      /**
      [Modifier](#highlight.Tag^defineModifier) used to indicate that
      a [variable](#highlight.tags.variableName) or [property
      name](#highlight.tags.propertyName) is being called or defined
      as a function.
      */
      function: Tag.defineModifier("function"),
      /**
      [Modifier](#highlight.Tag^defineModifier) that can be applied to
      [names](#highlight.tags.name) to indicate that they belong to
      the language's standard environment.
      */
      standard: Tag.defineModifier("standard"),
      /**
      [Modifier](#highlight.Tag^defineModifier) that indicates a given
      [names](#highlight.tags.name) is local to some scope.
      */
      local: Tag.defineModifier("local"),
      /**
      A generic variant [modifier](#highlight.Tag^defineModifier) that
      can be used to tag language-specific alternative variants of
      some common tag. It is recommended for themes to define special
      forms of at least the [string](#highlight.tags.string) and
      [variable name](#highlight.tags.variableName) tags, since those
      come up a lot.
      */
      special: Tag.defineModifier("special")
    };
    for (let name2 in tags) {
      let val = tags[name2];
      if (val instanceof Tag)
        val.name = name2;
    }
    classHighlighter = tagHighlighter([
      { tag: tags.link, class: "tok-link" },
      { tag: tags.heading, class: "tok-heading" },
      { tag: tags.emphasis, class: "tok-emphasis" },
      { tag: tags.strong, class: "tok-strong" },
      { tag: tags.keyword, class: "tok-keyword" },
      { tag: tags.atom, class: "tok-atom" },
      { tag: tags.bool, class: "tok-bool" },
      { tag: tags.url, class: "tok-url" },
      { tag: tags.labelName, class: "tok-labelName" },
      { tag: tags.inserted, class: "tok-inserted" },
      { tag: tags.deleted, class: "tok-deleted" },
      { tag: tags.literal, class: "tok-literal" },
      { tag: tags.string, class: "tok-string" },
      { tag: tags.number, class: "tok-number" },
      { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
      { tag: tags.variableName, class: "tok-variableName" },
      { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
      { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
      { tag: tags.special(tags.variableName), class: "tok-variableName2" },
      { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
      { tag: tags.typeName, class: "tok-typeName" },
      { tag: tags.namespace, class: "tok-namespace" },
      { tag: tags.className, class: "tok-className" },
      { tag: tags.macroName, class: "tok-macroName" },
      { tag: tags.propertyName, class: "tok-propertyName" },
      { tag: tags.operator, class: "tok-operator" },
      { tag: tags.comment, class: "tok-comment" },
      { tag: tags.meta, class: "tok-meta" },
      { tag: tags.invalid, class: "tok-invalid" },
      { tag: tags.punctuation, class: "tok-punctuation" }
    ]);
  }
});

// node_modules/@codemirror/language/dist/index.js
function defineLanguageFacet(baseData) {
  return Facet.define({
    combine: baseData ? (values) => values.concat(baseData) : void 0
  });
}
function topNodeAt(state2, pos, side) {
  let topLang = state2.facet(language2), tree = syntaxTree(state2).topNode;
  if (!topLang || topLang.allowsNesting) {
    for (let node = tree; node; node = node.enter(pos, side, IterMode.ExcludeBuffers | IterMode.EnterBracketed))
      if (node.type.isTop)
        tree = node;
  }
  return tree;
}
function syntaxTree(state2) {
  let field = state2.field(Language.state, false);
  return field ? field.tree : Tree.empty;
}
function cutFragments(fragments, from, to) {
  return TreeFragment.applyChanges(fragments, [{ fromA: from, toA: to, fromB: from, toB: to }]);
}
function getIndentUnit(state2) {
  let unit = state2.facet(indentUnit);
  return unit.charCodeAt(0) == 9 ? state2.tabSize * unit.length : unit.length;
}
function indentString(state2, cols) {
  let result = "", ts = state2.tabSize, ch = state2.facet(indentUnit)[0];
  if (ch == "	") {
    while (cols >= ts) {
      result += "	";
      cols -= ts;
    }
    ch = " ";
  }
  for (let i2 = 0; i2 < cols; i2++)
    result += ch;
  return result;
}
function getIndentation(context, pos) {
  if (context instanceof EditorState)
    context = new IndentContext(context);
  for (let service of context.state.facet(indentService)) {
    let result = service(context, pos);
    if (result !== void 0)
      return result;
  }
  let tree = syntaxTree(context.state);
  return tree.length >= pos ? syntaxIndentation(context, tree, pos) : null;
}
function syntaxIndentation(cx, ast, pos) {
  let stack = ast.resolveStack(pos);
  let inner = ast.resolveInner(pos, -1).resolve(pos, 0).enterUnfinishedNodesBefore(pos);
  if (inner != stack.node) {
    let add = [];
    for (let cur = inner; cur && !(cur.from < stack.node.from || cur.to > stack.node.to || cur.from == stack.node.from && cur.type == stack.node.type); cur = cur.parent)
      add.push(cur);
    for (let i2 = add.length - 1; i2 >= 0; i2--)
      stack = { node: add[i2], next: stack };
  }
  return indentFor(stack, cx, pos);
}
function indentFor(stack, cx, pos) {
  for (let cur = stack; cur; cur = cur.next) {
    let strategy = indentStrategy(cur.node);
    if (strategy)
      return strategy(TreeIndentContext.create(cx, pos, cur));
  }
  return 0;
}
function ignoreClosed(cx) {
  return cx.pos == cx.options.simulateBreak && cx.options.simulateDoubleBreak;
}
function indentStrategy(tree) {
  let strategy = tree.type.prop(indentNodeProp);
  if (strategy)
    return strategy;
  let first2 = tree.firstChild, close;
  if (first2 && (close = first2.type.prop(NodeProp.closedBy))) {
    let last2 = tree.lastChild, closed = last2 && close.indexOf(last2.name) > -1;
    return (cx) => delimitedStrategy(cx, true, 1, void 0, closed && !ignoreClosed(cx) ? last2.from : void 0);
  }
  return tree.parent == null ? topIndent : null;
}
function topIndent() {
  return 0;
}
function isParent(parent2, of) {
  for (let cur = of; cur; cur = cur.parent)
    if (parent2 == cur)
      return true;
  return false;
}
function bracketedAligned(context) {
  let tree = context.node;
  let openToken = tree.childAfter(tree.from), last2 = tree.lastChild;
  if (!openToken)
    return null;
  let sim = context.options.simulateBreak;
  let openLine = context.state.doc.lineAt(openToken.from);
  let lineEnd = sim == null || sim <= openLine.from ? openLine.to : Math.min(openLine.to, sim);
  for (let pos = openToken.to; ; ) {
    let next = tree.childAfter(pos);
    if (!next || next == last2)
      return null;
    if (!next.type.isSkipped) {
      if (next.from >= lineEnd)
        return null;
      let space2 = /^ */.exec(openLine.text.slice(openToken.to - openLine.from))[0].length;
      return { from: openToken.from, to: openToken.to + space2 };
    }
    pos = next.to;
  }
}
function delimitedIndent({ closing, align = true, units = 1 }) {
  return (context) => delimitedStrategy(context, align, units, closing);
}
function delimitedStrategy(context, align, units, closing, closedAt) {
  let after = context.textAfter, space2 = after.match(/^\s*/)[0].length;
  let closed = closing && after.slice(space2, space2 + closing.length) == closing || closedAt == context.pos + space2;
  let aligned = align ? bracketedAligned(context) : null;
  if (aligned)
    return closed ? context.column(aligned.from) : context.column(aligned.to);
  return context.baseIndent + (closed ? 0 : context.unit * units);
}
function foldInside(node) {
  let first2 = node.firstChild, last2 = node.lastChild;
  return first2 && first2.to < last2.from ? { from: first2.to, to: last2.type.isError ? node.to : last2.from } : null;
}
function getHighlighters(state2) {
  let main2 = state2.facet(highlighterFacet);
  return main2.length ? main2 : state2.facet(fallbackHighlighter);
}
function syntaxHighlighting(highlighter, options) {
  let ext = [treeHighlighter], themeType;
  if (highlighter instanceof HighlightStyle) {
    if (highlighter.module)
      ext.push(EditorView.styleModule.of(highlighter.module));
    themeType = highlighter.themeType;
  }
  if (options === null || options === void 0 ? void 0 : options.fallback)
    ext.push(fallbackHighlighter.of(highlighter));
  else if (themeType)
    ext.push(highlighterFacet.computeN([EditorView.darkTheme], (state2) => {
      return state2.facet(EditorView.darkTheme) == (themeType == "dark") ? [highlighter] : [];
    }));
  else
    ext.push(highlighterFacet.of(highlighter));
  return ext;
}
function defaultRenderMatch(match) {
  let decorations2 = [];
  let mark2 = match.matched ? matchingMark : nonmatchingMark;
  decorations2.push(mark2.range(match.start.from, match.start.to));
  if (match.end)
    decorations2.push(mark2.range(match.end.from, match.end.to));
  return decorations2;
}
function bracketDeco(state2) {
  let decorations2 = [];
  let config = state2.facet(bracketMatchingConfig);
  for (let range of state2.selection.ranges) {
    if (!range.empty)
      continue;
    let match = matchBrackets(state2, range.head, -1, config) || range.head > 0 && matchBrackets(state2, range.head - 1, 1, config) || config.afterCursor && (matchBrackets(state2, range.head, 1, config) || range.head < state2.doc.length && matchBrackets(state2, range.head + 1, -1, config));
    if (match)
      decorations2 = decorations2.concat(config.renderMatch(match, state2));
  }
  return Decoration.set(decorations2, true);
}
function bracketMatching(config = {}) {
  return [bracketMatchingConfig.of(config), bracketMatchingUnique];
}
function matchingNodes(node, dir, brackets) {
  let byProp = node.prop(dir < 0 ? NodeProp.openedBy : NodeProp.closedBy);
  if (byProp)
    return byProp;
  if (node.name.length == 1) {
    let index = brackets.indexOf(node.name);
    if (index > -1 && index % 2 == (dir < 0 ? 1 : 0))
      return [brackets[index + dir]];
  }
  return null;
}
function findHandle(node) {
  let hasHandle = node.type.prop(bracketMatchingHandle);
  return hasHandle ? hasHandle(node.node) : node;
}
function matchBrackets(state2, pos, dir, config = {}) {
  let maxScanDistance = config.maxScanDistance || DefaultScanDist, brackets = config.brackets || DefaultBrackets;
  let tree = syntaxTree(state2), node = tree.resolveInner(pos, dir);
  for (let cur = node; cur; cur = cur.parent) {
    let matches = matchingNodes(cur.type, dir, brackets);
    if (matches && cur.from < cur.to) {
      let handle = findHandle(cur);
      if (handle && (dir > 0 ? pos >= handle.from && pos < handle.to : pos > handle.from && pos <= handle.to))
        return matchMarkedBrackets(state2, pos, dir, cur, handle, matches, brackets);
    }
  }
  return matchPlainBrackets(state2, pos, dir, tree, node.type, maxScanDistance, brackets);
}
function matchMarkedBrackets(_state, _pos, dir, token, handle, matching, brackets) {
  let parent2 = token.parent, firstToken = { from: handle.from, to: handle.to };
  let depth = 0, cursor = parent2 === null || parent2 === void 0 ? void 0 : parent2.cursor();
  if (cursor && (dir < 0 ? cursor.childBefore(token.from) : cursor.childAfter(token.to)))
    do {
      if (dir < 0 ? cursor.to <= token.from : cursor.from >= token.to) {
        if (depth == 0 && matching.indexOf(cursor.type.name) > -1 && cursor.from < cursor.to) {
          let endHandle = findHandle(cursor);
          return { start: firstToken, end: endHandle ? { from: endHandle.from, to: endHandle.to } : void 0, matched: true };
        } else if (matchingNodes(cursor.type, dir, brackets)) {
          depth++;
        } else if (matchingNodes(cursor.type, -dir, brackets)) {
          if (depth == 0) {
            let endHandle = findHandle(cursor);
            return {
              start: firstToken,
              end: endHandle && endHandle.from < endHandle.to ? { from: endHandle.from, to: endHandle.to } : void 0,
              matched: false
            };
          }
          depth--;
        }
      }
    } while (dir < 0 ? cursor.prevSibling() : cursor.nextSibling());
  return { start: firstToken, matched: false };
}
function matchPlainBrackets(state2, pos, dir, tree, tokenType, maxScanDistance, brackets) {
  if (dir < 0 ? !pos : pos == state2.doc.length)
    return null;
  let startCh = dir < 0 ? state2.sliceDoc(pos - 1, pos) : state2.sliceDoc(pos, pos + 1);
  let bracket2 = brackets.indexOf(startCh);
  if (bracket2 < 0 || bracket2 % 2 == 0 != dir > 0)
    return null;
  let startToken = { from: dir < 0 ? pos - 1 : pos, to: dir > 0 ? pos + 1 : pos };
  let iter = state2.doc.iterRange(pos, dir > 0 ? state2.doc.length : 0), depth = 0;
  for (let distance = 0; !iter.next().done && distance <= maxScanDistance; ) {
    let text = iter.value;
    if (dir < 0)
      distance += text.length;
    let basePos = pos + distance * dir;
    for (let pos2 = dir > 0 ? 0 : text.length - 1, end = dir > 0 ? text.length : -1; pos2 != end; pos2 += dir) {
      let found = brackets.indexOf(text[pos2]);
      if (found < 0 || tree.resolveInner(basePos + pos2, 1).type != tokenType)
        continue;
      if (found % 2 == 0 == dir > 0) {
        depth++;
      } else if (depth == 1) {
        return { start: startToken, end: { from: basePos + pos2, to: basePos + pos2 + 1 }, matched: found >> 1 == bracket2 >> 1 };
      } else {
        depth--;
      }
    }
    if (dir > 0)
      distance += text.length;
  }
  return iter.done ? { start: startToken, matched: false } : null;
}
function warnForPart(part, msg) {
  if (warned.indexOf(part) > -1)
    return;
  warned.push(part);
  console.warn(msg);
}
function createTokenType(extra, tagStr) {
  let tags$1 = [];
  for (let name3 of tagStr.split(" ")) {
    let found = [];
    for (let part of name3.split(".")) {
      let value = extra[part] || tags[part];
      if (!value) {
        warnForPart(part, `Unknown highlighting tag ${part}`);
      } else if (typeof value == "function") {
        if (!found.length)
          warnForPart(part, `Modifier ${part} used at start of tag`);
        else
          found = found.map(value);
      } else {
        if (found.length)
          warnForPart(part, `Tag ${part} used as modifier`);
        else
          found = Array.isArray(value) ? value : [value];
      }
    }
    for (let tag of found)
      tags$1.push(tag);
  }
  if (!tags$1.length)
    return 0;
  let name2 = tagStr.replace(/ /g, "_"), key = name2 + " " + tags$1.map((t3) => t3.id);
  let known2 = byTag[key];
  if (known2)
    return known2.id;
  let type = byTag[key] = NodeType.define({
    id: typeArray.length,
    name: name2,
    props: [styleTags({ [name2]: tags$1 })]
  });
  typeArray.push(type);
  return type.id;
}
var _a, languageDataProp, sublanguageProp, Language, LRLanguage, DocInput, currentContext, ParseContext, LanguageState, requestIdle, isInputPending, parseWorker, language2, indentService, indentUnit, IndentContext, indentNodeProp, TreeIndentContext, foldNodeProp, HighlightStyle, highlighterFacet, fallbackHighlighter, TreeHighlighter, treeHighlighter, defaultHighlightStyle, baseTheme2, DefaultScanDist, DefaultBrackets, bracketMatchingConfig, matchingMark, nonmatchingMark, bracketMatcher, bracketMatchingUnique, bracketMatchingHandle, noTokens, typeArray, warned, byTag, defaultTable, marks;
var init_dist5 = __esm({
  "node_modules/@codemirror/language/dist/index.js"() {
    init_dist3();
    init_dist();
    init_dist2();
    init_dist4();
    init_style_mod();
    languageDataProp = /* @__PURE__ */ new NodeProp();
    sublanguageProp = /* @__PURE__ */ new NodeProp();
    Language = class {
      /**
      Construct a language object. If you need to invoke this
      directly, first define a data facet with
      [`defineLanguageFacet`](https://codemirror.net/6/docs/ref/#language.defineLanguageFacet), and then
      configure your parser to [attach](https://codemirror.net/6/docs/ref/#language.languageDataProp) it
      to the language's outer syntax node.
      */
      constructor(data, parser2, extraExtensions = [], name2 = "") {
        this.data = data;
        this.name = name2;
        if (!EditorState.prototype.hasOwnProperty("tree"))
          Object.defineProperty(EditorState.prototype, "tree", { get() {
            return syntaxTree(this);
          } });
        this.parser = parser2;
        this.extension = [
          language2.of(this),
          EditorState.languageData.of((state2, pos, side) => {
            let top2 = topNodeAt(state2, pos, side), data2 = top2.type.prop(languageDataProp);
            if (!data2)
              return [];
            let base2 = state2.facet(data2), sub = top2.type.prop(sublanguageProp);
            if (sub) {
              let innerNode = top2.resolve(pos - top2.from, side);
              for (let sublang of sub)
                if (sublang.test(innerNode, state2)) {
                  let data3 = state2.facet(sublang.facet);
                  return sublang.type == "replace" ? data3 : data3.concat(base2);
                }
            }
            return base2;
          })
        ].concat(extraExtensions);
      }
      /**
      Query whether this language is active at the given position.
      */
      isActiveAt(state2, pos, side = -1) {
        return topNodeAt(state2, pos, side).type.prop(languageDataProp) == this.data;
      }
      /**
      Find the document regions that were parsed using this language.
      The returned regions will _include_ any nested languages rooted
      in this language, when those exist.
      */
      findRegions(state2) {
        let lang = state2.facet(language2);
        if ((lang === null || lang === void 0 ? void 0 : lang.data) == this.data)
          return [{ from: 0, to: state2.doc.length }];
        if (!lang || !lang.allowsNesting)
          return [];
        let result = [];
        let explore = (tree, from) => {
          if (tree.prop(languageDataProp) == this.data) {
            result.push({ from, to: from + tree.length });
            return;
          }
          let mount = tree.prop(NodeProp.mounted);
          if (mount) {
            if (mount.tree.prop(languageDataProp) == this.data) {
              if (mount.overlay)
                for (let r of mount.overlay)
                  result.push({ from: r.from + from, to: r.to + from });
              else
                result.push({ from, to: from + tree.length });
              return;
            } else if (mount.overlay) {
              let size = result.length;
              explore(mount.tree, mount.overlay[0].from + from);
              if (result.length > size)
                return;
            }
          }
          for (let i2 = 0; i2 < tree.children.length; i2++) {
            let ch = tree.children[i2];
            if (ch instanceof Tree)
              explore(ch, tree.positions[i2] + from);
          }
        };
        explore(syntaxTree(state2), 0);
        return result;
      }
      /**
      Indicates whether this language allows nested languages. The
      default implementation returns true.
      */
      get allowsNesting() {
        return true;
      }
    };
    Language.setState = /* @__PURE__ */ StateEffect.define();
    LRLanguage = class _LRLanguage extends Language {
      constructor(data, parser2, name2) {
        super(data, parser2, [], name2);
        this.parser = parser2;
      }
      /**
      Define a language from a parser.
      */
      static define(spec) {
        let data = defineLanguageFacet(spec.languageData);
        return new _LRLanguage(data, spec.parser.configure({
          props: [languageDataProp.add((type) => type.isTop ? data : void 0)]
        }), spec.name);
      }
      /**
      Create a new instance of this language with a reconfigured
      version of its parser and optionally a new name.
      */
      configure(options, name2) {
        return new _LRLanguage(this.data, this.parser.configure(options), name2 || this.name);
      }
      get allowsNesting() {
        return this.parser.hasWrappers();
      }
    };
    DocInput = class {
      /**
      Create an input object for the given document.
      */
      constructor(doc2) {
        this.doc = doc2;
        this.cursorPos = 0;
        this.string = "";
        this.cursor = doc2.iter();
      }
      get length() {
        return this.doc.length;
      }
      syncTo(pos) {
        this.string = this.cursor.next(pos - this.cursorPos).value;
        this.cursorPos = pos + this.string.length;
        return this.cursorPos - this.string.length;
      }
      chunk(pos) {
        this.syncTo(pos);
        return this.string;
      }
      get lineChunks() {
        return true;
      }
      read(from, to) {
        let stringStart2 = this.cursorPos - this.string.length;
        if (from < stringStart2 || to >= this.cursorPos)
          return this.doc.sliceString(from, to);
        else
          return this.string.slice(from - stringStart2, to - stringStart2);
      }
    };
    currentContext = null;
    ParseContext = class _ParseContext {
      constructor(parser2, state2, fragments = [], tree, treeLen, viewport, skipped, scheduleOn) {
        this.parser = parser2;
        this.state = state2;
        this.fragments = fragments;
        this.tree = tree;
        this.treeLen = treeLen;
        this.viewport = viewport;
        this.skipped = skipped;
        this.scheduleOn = scheduleOn;
        this.parse = null;
        this.tempSkipped = [];
      }
      /**
      @internal
      */
      static create(parser2, state2, viewport) {
        return new _ParseContext(parser2, state2, [], Tree.empty, 0, viewport, [], null);
      }
      startParse() {
        return this.parser.startParse(new DocInput(this.state.doc), this.fragments);
      }
      /**
      @internal
      */
      work(until, upto) {
        if (upto != null && upto >= this.state.doc.length)
          upto = void 0;
        if (this.tree != Tree.empty && this.isDone(upto !== null && upto !== void 0 ? upto : this.state.doc.length)) {
          this.takeTree();
          return true;
        }
        return this.withContext(() => {
          var _a2;
          if (typeof until == "number") {
            let endTime = Date.now() + until;
            until = () => Date.now() > endTime;
          }
          if (!this.parse)
            this.parse = this.startParse();
          if (upto != null && (this.parse.stoppedAt == null || this.parse.stoppedAt > upto) && upto < this.state.doc.length)
            this.parse.stopAt(upto);
          for (; ; ) {
            let done = this.parse.advance();
            if (done) {
              this.fragments = this.withoutTempSkipped(TreeFragment.addTree(done, this.fragments, this.parse.stoppedAt != null));
              this.treeLen = (_a2 = this.parse.stoppedAt) !== null && _a2 !== void 0 ? _a2 : this.state.doc.length;
              this.tree = done;
              this.parse = null;
              if (this.treeLen < (upto !== null && upto !== void 0 ? upto : this.state.doc.length))
                this.parse = this.startParse();
              else
                return true;
            }
            if (until())
              return false;
          }
        });
      }
      /**
      @internal
      */
      takeTree() {
        let pos, tree;
        if (this.parse && (pos = this.parse.parsedPos) >= this.treeLen) {
          if (this.parse.stoppedAt == null || this.parse.stoppedAt > pos)
            this.parse.stopAt(pos);
          this.withContext(() => {
            while (!(tree = this.parse.advance())) {
            }
          });
          this.treeLen = pos;
          this.tree = tree;
          this.fragments = this.withoutTempSkipped(TreeFragment.addTree(this.tree, this.fragments, true));
          this.parse = null;
        }
      }
      withContext(f) {
        let prev = currentContext;
        currentContext = this;
        try {
          return f();
        } finally {
          currentContext = prev;
        }
      }
      withoutTempSkipped(fragments) {
        for (let r; r = this.tempSkipped.pop(); )
          fragments = cutFragments(fragments, r.from, r.to);
        return fragments;
      }
      /**
      @internal
      */
      changes(changes, newState) {
        let { fragments, tree, treeLen, viewport, skipped } = this;
        this.takeTree();
        if (!changes.empty) {
          let ranges = [];
          changes.iterChangedRanges((fromA, toA, fromB, toB) => ranges.push({ fromA, toA, fromB, toB }));
          fragments = TreeFragment.applyChanges(fragments, ranges);
          tree = Tree.empty;
          treeLen = 0;
          viewport = { from: changes.mapPos(viewport.from, -1), to: changes.mapPos(viewport.to, 1) };
          if (this.skipped.length) {
            skipped = [];
            for (let r of this.skipped) {
              let from = changes.mapPos(r.from, 1), to = changes.mapPos(r.to, -1);
              if (from < to)
                skipped.push({ from, to });
            }
          }
        }
        return new _ParseContext(this.parser, newState, fragments, tree, treeLen, viewport, skipped, this.scheduleOn);
      }
      /**
      @internal
      */
      updateViewport(viewport) {
        if (this.viewport.from == viewport.from && this.viewport.to == viewport.to)
          return false;
        this.viewport = viewport;
        let startLen = this.skipped.length;
        for (let i2 = 0; i2 < this.skipped.length; i2++) {
          let { from, to } = this.skipped[i2];
          if (from < viewport.to && to > viewport.from) {
            this.fragments = cutFragments(this.fragments, from, to);
            this.skipped.splice(i2--, 1);
          }
        }
        if (this.skipped.length >= startLen)
          return false;
        this.reset();
        return true;
      }
      /**
      @internal
      */
      reset() {
        if (this.parse) {
          this.takeTree();
          this.parse = null;
        }
      }
      /**
      Notify the parse scheduler that the given region was skipped
      because it wasn't in view, and the parse should be restarted
      when it comes into view.
      */
      skipUntilInView(from, to) {
        this.skipped.push({ from, to });
      }
      /**
      Returns a parser intended to be used as placeholder when
      asynchronously loading a nested parser. It'll skip its input and
      mark it as not-really-parsed, so that the next update will parse
      it again.
      
      When `until` is given, a reparse will be scheduled when that
      promise resolves.
      */
      static getSkippingParser(until) {
        return new class extends Parser {
          createParse(input, fragments, ranges) {
            let from = ranges[0].from, to = ranges[ranges.length - 1].to;
            let parser2 = {
              parsedPos: from,
              advance() {
                let cx = currentContext;
                if (cx) {
                  for (let r of ranges)
                    cx.tempSkipped.push(r);
                  if (until)
                    cx.scheduleOn = cx.scheduleOn ? Promise.all([cx.scheduleOn, until]) : until;
                }
                this.parsedPos = to;
                return new Tree(NodeType.none, [], [], to - from);
              },
              stoppedAt: null,
              stopAt() {
              }
            };
            return parser2;
          }
        }();
      }
      /**
      @internal
      */
      isDone(upto) {
        upto = Math.min(upto, this.state.doc.length);
        let frags = this.fragments;
        return this.treeLen >= upto && frags.length && frags[0].from == 0 && frags[0].to >= upto;
      }
      /**
      Get the context for the current parse, or `null` if no editor
      parse is in progress.
      */
      static get() {
        return currentContext;
      }
    };
    LanguageState = class _LanguageState {
      constructor(context) {
        this.context = context;
        this.tree = context.tree;
      }
      apply(tr) {
        if (!tr.docChanged && this.tree == this.context.tree)
          return this;
        let newCx = this.context.changes(tr.changes, tr.state);
        let upto = this.context.treeLen == tr.startState.doc.length ? void 0 : Math.max(tr.changes.mapPos(this.context.treeLen), newCx.viewport.to);
        if (!newCx.work(20, upto))
          newCx.takeTree();
        return new _LanguageState(newCx);
      }
      static init(state2) {
        let vpTo = Math.min(3e3, state2.doc.length);
        let parseState = ParseContext.create(state2.facet(language2).parser, state2, { from: 0, to: vpTo });
        if (!parseState.work(20, vpTo))
          parseState.takeTree();
        return new _LanguageState(parseState);
      }
    };
    Language.state = /* @__PURE__ */ StateField.define({
      create: LanguageState.init,
      update(value, tr) {
        for (let e of tr.effects)
          if (e.is(Language.setState))
            return e.value;
        if (tr.startState.facet(language2) != tr.state.facet(language2))
          return LanguageState.init(tr.state);
        return value.apply(tr);
      }
    });
    requestIdle = (callback) => {
      let timeout = setTimeout(
        () => callback(),
        500
        /* Work.MaxPause */
      );
      return () => clearTimeout(timeout);
    };
    if (typeof requestIdleCallback != "undefined")
      requestIdle = (callback) => {
        let idle = -1, timeout = setTimeout(
          () => {
            idle = requestIdleCallback(callback, {
              timeout: 500 - 100
              /* Work.MinPause */
            });
          },
          100
          /* Work.MinPause */
        );
        return () => idle < 0 ? clearTimeout(timeout) : cancelIdleCallback(idle);
      };
    isInputPending = typeof navigator != "undefined" && ((_a = navigator.scheduling) === null || _a === void 0 ? void 0 : _a.isInputPending) ? () => navigator.scheduling.isInputPending() : null;
    parseWorker = /* @__PURE__ */ ViewPlugin.fromClass(class ParseWorker {
      constructor(view) {
        this.view = view;
        this.working = null;
        this.workScheduled = 0;
        this.chunkEnd = -1;
        this.chunkBudget = -1;
        this.work = this.work.bind(this);
        this.scheduleWork();
      }
      update(update2) {
        let cx = this.view.state.field(Language.state).context;
        if (cx.updateViewport(update2.view.viewport) || this.view.viewport.to > cx.treeLen)
          this.scheduleWork();
        if (update2.docChanged || update2.selectionSet) {
          if (this.view.hasFocus)
            this.chunkBudget += 50;
          this.scheduleWork();
        }
        this.checkAsyncSchedule(cx);
      }
      scheduleWork() {
        if (this.working)
          return;
        let { state: state2 } = this.view, field = state2.field(Language.state);
        if (field.tree != field.context.tree || !field.context.isDone(state2.doc.length))
          this.working = requestIdle(this.work);
      }
      work(deadline) {
        this.working = null;
        let now = Date.now();
        if (this.chunkEnd < now && (this.chunkEnd < 0 || this.view.hasFocus)) {
          this.chunkEnd = now + 3e4;
          this.chunkBudget = 3e3;
        }
        if (this.chunkBudget <= 0)
          return;
        let { state: state2, viewport: { to: vpTo } } = this.view, field = state2.field(Language.state);
        if (field.tree == field.context.tree && field.context.isDone(
          vpTo + 1e5
          /* Work.MaxParseAhead */
        ))
          return;
        let endTime = Date.now() + Math.min(this.chunkBudget, 100, deadline && !isInputPending ? Math.max(25, deadline.timeRemaining() - 5) : 1e9);
        let viewportFirst = field.context.treeLen < vpTo && state2.doc.length > vpTo + 1e3;
        let done = field.context.work(() => {
          return isInputPending && isInputPending() || Date.now() > endTime;
        }, vpTo + (viewportFirst ? 0 : 1e5));
        this.chunkBudget -= Date.now() - now;
        if (done || this.chunkBudget <= 0) {
          field.context.takeTree();
          this.view.dispatch({ effects: Language.setState.of(new LanguageState(field.context)) });
        }
        if (this.chunkBudget > 0 && !(done && !viewportFirst))
          this.scheduleWork();
        this.checkAsyncSchedule(field.context);
      }
      checkAsyncSchedule(cx) {
        if (cx.scheduleOn) {
          this.workScheduled++;
          cx.scheduleOn.then(() => this.scheduleWork()).catch((err) => logException(this.view.state, err)).then(() => this.workScheduled--);
          cx.scheduleOn = null;
        }
      }
      destroy() {
        if (this.working)
          this.working();
      }
      isWorking() {
        return !!(this.working || this.workScheduled > 0);
      }
    }, {
      eventHandlers: { focus() {
        this.scheduleWork();
      } }
    });
    language2 = /* @__PURE__ */ Facet.define({
      combine(languages) {
        return languages.length ? languages[0] : null;
      },
      enables: (language3) => [
        Language.state,
        parseWorker,
        EditorView.contentAttributes.compute([language3], (state2) => {
          let lang = state2.facet(language3);
          return lang && lang.name ? { "data-language": lang.name } : {};
        })
      ]
    });
    indentService = /* @__PURE__ */ Facet.define();
    indentUnit = /* @__PURE__ */ Facet.define({
      combine: (values) => {
        if (!values.length)
          return "  ";
        let unit = values[0];
        if (!unit || /\S/.test(unit) || Array.from(unit).some((e) => e != unit[0]))
          throw new Error("Invalid indent unit: " + JSON.stringify(values[0]));
        return unit;
      }
    });
    IndentContext = class {
      /**
      Create an indent context.
      */
      constructor(state2, options = {}) {
        this.state = state2;
        this.options = options;
        this.unit = getIndentUnit(state2);
      }
      /**
      Get a description of the line at the given position, taking
      [simulated line
      breaks](https://codemirror.net/6/docs/ref/#language.IndentContext.constructor^options.simulateBreak)
      into account. If there is such a break at `pos`, the `bias`
      argument determines whether the part of the line line before or
      after the break is used.
      */
      lineAt(pos, bias = 1) {
        let line = this.state.doc.lineAt(pos);
        let { simulateBreak, simulateDoubleBreak } = this.options;
        if (simulateBreak != null && simulateBreak >= line.from && simulateBreak <= line.to) {
          if (simulateDoubleBreak && simulateBreak == pos)
            return { text: "", from: pos };
          else if (bias < 0 ? simulateBreak < pos : simulateBreak <= pos)
            return { text: line.text.slice(simulateBreak - line.from), from: simulateBreak };
          else
            return { text: line.text.slice(0, simulateBreak - line.from), from: line.from };
        }
        return line;
      }
      /**
      Get the text directly after `pos`, either the entire line
      or the next 100 characters, whichever is shorter.
      */
      textAfterPos(pos, bias = 1) {
        if (this.options.simulateDoubleBreak && pos == this.options.simulateBreak)
          return "";
        let { text, from } = this.lineAt(pos, bias);
        return text.slice(pos - from, Math.min(text.length, pos + 100 - from));
      }
      /**
      Find the column for the given position.
      */
      column(pos, bias = 1) {
        let { text, from } = this.lineAt(pos, bias);
        let result = this.countColumn(text, pos - from);
        let override = this.options.overrideIndentation ? this.options.overrideIndentation(from) : -1;
        if (override > -1)
          result += override - this.countColumn(text, text.search(/\S|$/));
        return result;
      }
      /**
      Find the column position (taking tabs into account) of the given
      position in the given string.
      */
      countColumn(line, pos = line.length) {
        return countColumn(line, this.state.tabSize, pos);
      }
      /**
      Find the indentation column of the line at the given point.
      */
      lineIndent(pos, bias = 1) {
        let { text, from } = this.lineAt(pos, bias);
        let override = this.options.overrideIndentation;
        if (override) {
          let overriden = override(from);
          if (overriden > -1)
            return overriden;
        }
        return this.countColumn(text, text.search(/\S|$/));
      }
      /**
      Returns the [simulated line
      break](https://codemirror.net/6/docs/ref/#language.IndentContext.constructor^options.simulateBreak)
      for this context, if any.
      */
      get simulatedBreak() {
        return this.options.simulateBreak || null;
      }
    };
    indentNodeProp = /* @__PURE__ */ new NodeProp();
    TreeIndentContext = class _TreeIndentContext extends IndentContext {
      constructor(base2, pos, context) {
        super(base2.state, base2.options);
        this.base = base2;
        this.pos = pos;
        this.context = context;
      }
      /**
      The syntax tree node to which the indentation strategy
      applies.
      */
      get node() {
        return this.context.node;
      }
      /**
      @internal
      */
      static create(base2, pos, context) {
        return new _TreeIndentContext(base2, pos, context);
      }
      /**
      Get the text directly after `this.pos`, either the entire line
      or the next 100 characters, whichever is shorter.
      */
      get textAfter() {
        return this.textAfterPos(this.pos);
      }
      /**
      Get the indentation at the reference line for `this.node`, which
      is the line on which it starts, unless there is a node that is
      _not_ a parent of this node covering the start of that line. If
      so, the line at the start of that node is tried, again skipping
      on if it is covered by another such node.
      */
      get baseIndent() {
        return this.baseIndentFor(this.node);
      }
      /**
      Get the indentation for the reference line of the given node
      (see [`baseIndent`](https://codemirror.net/6/docs/ref/#language.TreeIndentContext.baseIndent)).
      */
      baseIndentFor(node) {
        let line = this.state.doc.lineAt(node.from);
        for (; ; ) {
          let atBreak = node.resolve(line.from);
          while (atBreak.parent && atBreak.parent.from == atBreak.from)
            atBreak = atBreak.parent;
          if (isParent(atBreak, node))
            break;
          line = this.state.doc.lineAt(atBreak.from);
        }
        return this.lineIndent(line.from);
      }
      /**
      Continue looking for indentations in the node's parent nodes,
      and return the result of that.
      */
      continue() {
        return indentFor(this.context.next, this.base, this.pos);
      }
    };
    foldNodeProp = /* @__PURE__ */ new NodeProp();
    HighlightStyle = class _HighlightStyle {
      constructor(specs, options) {
        this.specs = specs;
        let modSpec;
        function def(spec) {
          let cls = StyleModule.newName();
          (modSpec || (modSpec = /* @__PURE__ */ Object.create(null)))["." + cls] = spec;
          return cls;
        }
        const all = typeof options.all == "string" ? options.all : options.all ? def(options.all) : void 0;
        const scopeOpt = options.scope;
        this.scope = scopeOpt instanceof Language ? (type) => type.prop(languageDataProp) == scopeOpt.data : scopeOpt ? (type) => type == scopeOpt : void 0;
        this.style = tagHighlighter(specs.map((style) => ({
          tag: style.tag,
          class: style.class || def(Object.assign({}, style, { tag: null }))
        })), {
          all
        }).style;
        this.module = modSpec ? new StyleModule(modSpec) : null;
        this.themeType = options.themeType;
      }
      /**
      Create a highlighter style that associates the given styles to
      the given tags. The specs must be objects that hold a style tag
      or array of tags in their `tag` property, and either a single
      `class` property providing a static CSS class (for highlighter
      that rely on external styling), or a
      [`style-mod`](https://code.haverbeke.berlin/marijn/style-mod#documentation)-style
      set of CSS properties (which define the styling for those tags).
      
      The CSS rules created for a highlighter will be emitted in the
      order of the spec's properties. That means that for elements that
      have multiple tags associated with them, styles defined further
      down in the list will have a higher CSS precedence than styles
      defined earlier.
      */
      static define(specs, options) {
        return new _HighlightStyle(specs, options || {});
      }
    };
    highlighterFacet = /* @__PURE__ */ Facet.define();
    fallbackHighlighter = /* @__PURE__ */ Facet.define({
      combine(values) {
        return values.length ? [values[0]] : null;
      }
    });
    TreeHighlighter = class {
      constructor(view) {
        this.markCache = /* @__PURE__ */ Object.create(null);
        this.tree = syntaxTree(view.state);
        this.decorations = this.buildDeco(view, getHighlighters(view.state));
        this.decoratedTo = view.viewport.to;
      }
      update(update2) {
        let tree = syntaxTree(update2.state), highlighters = getHighlighters(update2.state);
        let styleChange = highlighters != getHighlighters(update2.startState);
        let { viewport } = update2.view, decoratedToMapped = update2.changes.mapPos(this.decoratedTo, 1);
        if (tree.length < viewport.to && !styleChange && tree.type == this.tree.type && decoratedToMapped >= viewport.to) {
          this.decorations = this.decorations.map(update2.changes);
          this.decoratedTo = decoratedToMapped;
        } else if (tree != this.tree || update2.viewportChanged || styleChange) {
          this.tree = tree;
          this.decorations = this.buildDeco(update2.view, highlighters);
          this.decoratedTo = viewport.to;
        }
      }
      buildDeco(view, highlighters) {
        if (!highlighters || !this.tree.length)
          return Decoration.none;
        let builder = new RangeSetBuilder();
        for (let { from, to } of view.visibleRanges) {
          highlightTree(this.tree, highlighters, (from2, to2, style) => {
            builder.add(from2, to2, this.markCache[style] || (this.markCache[style] = Decoration.mark({ class: style })));
          }, from, to);
        }
        return builder.finish();
      }
    };
    treeHighlighter = /* @__PURE__ */ Prec.high(/* @__PURE__ */ ViewPlugin.fromClass(TreeHighlighter, {
      decorations: (v) => v.decorations
    }));
    defaultHighlightStyle = /* @__PURE__ */ HighlightStyle.define([
      {
        tag: tags.meta,
        color: "#404740"
      },
      {
        tag: tags.link,
        textDecoration: "underline"
      },
      {
        tag: tags.heading,
        textDecoration: "underline",
        fontWeight: "bold"
      },
      {
        tag: tags.emphasis,
        fontStyle: "italic"
      },
      {
        tag: tags.strong,
        fontWeight: "bold"
      },
      {
        tag: tags.strikethrough,
        textDecoration: "line-through"
      },
      {
        tag: tags.keyword,
        color: "#708"
      },
      {
        tag: [tags.atom, tags.bool, tags.url, tags.contentSeparator, tags.labelName],
        color: "#219"
      },
      {
        tag: [tags.literal, tags.inserted],
        color: "#164"
      },
      {
        tag: [tags.string, tags.deleted],
        color: "#a11"
      },
      {
        tag: [tags.regexp, tags.escape, /* @__PURE__ */ tags.special(tags.string)],
        color: "#e40"
      },
      {
        tag: /* @__PURE__ */ tags.definition(tags.variableName),
        color: "#00f"
      },
      {
        tag: /* @__PURE__ */ tags.local(tags.variableName),
        color: "#30a"
      },
      {
        tag: [tags.typeName, tags.namespace],
        color: "#085"
      },
      {
        tag: tags.className,
        color: "#167"
      },
      {
        tag: [/* @__PURE__ */ tags.special(tags.variableName), tags.macroName],
        color: "#256"
      },
      {
        tag: /* @__PURE__ */ tags.definition(tags.propertyName),
        color: "#00c"
      },
      {
        tag: tags.comment,
        color: "#940"
      },
      {
        tag: tags.invalid,
        color: "#f00"
      }
    ]);
    baseTheme2 = /* @__PURE__ */ EditorView.baseTheme({
      "&.cm-focused .cm-matchingBracket": { backgroundColor: "#328c8252" },
      "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "#bb555544" }
    });
    DefaultScanDist = 1e4;
    DefaultBrackets = "()[]{}";
    bracketMatchingConfig = /* @__PURE__ */ Facet.define({
      combine(configs) {
        return combineConfig(configs, {
          afterCursor: true,
          brackets: DefaultBrackets,
          maxScanDistance: DefaultScanDist,
          renderMatch: defaultRenderMatch
        });
      }
    });
    matchingMark = /* @__PURE__ */ Decoration.mark({ class: "cm-matchingBracket" });
    nonmatchingMark = /* @__PURE__ */ Decoration.mark({ class: "cm-nonmatchingBracket" });
    bracketMatcher = /* @__PURE__ */ ViewPlugin.fromClass(class {
      constructor(view) {
        this.paused = false;
        this.decorations = bracketDeco(view.state);
      }
      update(update2) {
        if (update2.docChanged || update2.selectionSet || this.paused) {
          if (update2.view.composing) {
            this.decorations = this.decorations.map(update2.changes);
            this.paused = true;
          } else {
            this.decorations = bracketDeco(update2.state);
            this.paused = false;
          }
        }
      }
    }, {
      decorations: (v) => v.decorations
    });
    bracketMatchingUnique = [
      bracketMatcher,
      baseTheme2
    ];
    bracketMatchingHandle = /* @__PURE__ */ new NodeProp();
    noTokens = /* @__PURE__ */ Object.create(null);
    typeArray = [NodeType.none];
    warned = [];
    byTag = /* @__PURE__ */ Object.create(null);
    defaultTable = /* @__PURE__ */ Object.create(null);
    for (let [legacyName, name2] of [
      ["variable", "variableName"],
      ["variable-2", "variableName.special"],
      ["string-2", "string.special"],
      ["def", "variableName.definition"],
      ["tag", "tagName"],
      ["attribute", "attributeName"],
      ["type", "typeName"],
      ["builtin", "variableName.standard"],
      ["qualifier", "modifier"],
      ["error", "invalid"],
      ["header", "heading"],
      ["property", "propertyName"]
    ])
      defaultTable[legacyName] = /* @__PURE__ */ createTokenType(noTokens, name2);
    marks = {
      rtl: /* @__PURE__ */ Decoration.mark({ class: "cm-iso", inclusive: true, attributes: { dir: "rtl" }, bidiIsolate: Direction.RTL }),
      ltr: /* @__PURE__ */ Decoration.mark({ class: "cm-iso", inclusive: true, attributes: { dir: "ltr" }, bidiIsolate: Direction.LTR }),
      auto: /* @__PURE__ */ Decoration.mark({ class: "cm-iso", inclusive: true, attributes: { dir: "auto" }, bidiIsolate: null })
    };
  }
});

// node_modules/@codemirror/commands/dist/index.js
function command(f, option) {
  return ({ state: state2, dispatch }) => {
    if (state2.readOnly)
      return false;
    let tr = f(option, state2);
    if (!tr)
      return false;
    dispatch(state2.update(tr));
    return true;
  };
}
function getConfig(state2, pos) {
  let data = state2.languageDataAt("commentTokens", pos, 1);
  return data.length ? data[0] : {};
}
function findBlockComment(state2, { open, close }, from, to) {
  let textBefore = state2.sliceDoc(from - SearchMargin, from);
  let textAfter = state2.sliceDoc(to, to + SearchMargin);
  let spaceBefore = /\s*$/.exec(textBefore)[0].length, spaceAfter = /^\s*/.exec(textAfter)[0].length;
  let beforeOff = textBefore.length - spaceBefore;
  if (textBefore.slice(beforeOff - open.length, beforeOff) == open && textAfter.slice(spaceAfter, spaceAfter + close.length) == close) {
    return {
      open: { pos: from - spaceBefore, margin: spaceBefore && 1 },
      close: { pos: to + spaceAfter, margin: spaceAfter && 1 }
    };
  }
  let startText, endText;
  if (to - from <= 2 * SearchMargin) {
    startText = endText = state2.sliceDoc(from, to);
  } else {
    startText = state2.sliceDoc(from, from + SearchMargin);
    endText = state2.sliceDoc(to - SearchMargin, to);
  }
  let startSpace = /^\s*/.exec(startText)[0].length, endSpace = /\s*$/.exec(endText)[0].length;
  let endOff = endText.length - endSpace - close.length;
  if (startText.slice(startSpace, startSpace + open.length) == open && endText.slice(endOff, endOff + close.length) == close) {
    return {
      open: {
        pos: from + startSpace + open.length,
        margin: /\s/.test(startText.charAt(startSpace + open.length)) ? 1 : 0
      },
      close: {
        pos: to - endSpace - close.length,
        margin: /\s/.test(endText.charAt(endOff - 1)) ? 1 : 0
      }
    };
  }
  return null;
}
function selectedLineRanges(state2) {
  let ranges = [];
  for (let r of state2.selection.ranges) {
    let fromLine = state2.doc.lineAt(r.from);
    let toLine = r.to <= fromLine.to ? fromLine : state2.doc.lineAt(r.to);
    if (toLine.from > fromLine.from && toLine.from == r.to)
      toLine = r.to == fromLine.to + 1 ? fromLine : state2.doc.lineAt(r.to - 1);
    let last2 = ranges.length - 1;
    if (last2 >= 0 && ranges[last2].to > fromLine.from)
      ranges[last2].to = toLine.to;
    else
      ranges.push({ from: fromLine.from + /^\s*/.exec(fromLine.text)[0].length, to: toLine.to });
  }
  return ranges;
}
function changeBlockComment(option, state2, ranges = state2.selection.ranges) {
  let tokens = ranges.map((r) => getConfig(state2, r.from).block);
  if (!tokens.every((c) => c))
    return null;
  let comments = ranges.map((r, i2) => findBlockComment(state2, tokens[i2], r.from, r.to));
  if (option != 2 && !comments.every((c) => c)) {
    return { changes: state2.changes(ranges.map((range, i2) => {
      if (comments[i2])
        return [];
      return [{ from: range.from, insert: tokens[i2].open + " " }, { from: range.to, insert: " " + tokens[i2].close }];
    })) };
  } else if (option != 1 && comments.some((c) => c)) {
    let changes = [];
    for (let i2 = 0, comment2; i2 < comments.length; i2++)
      if (comment2 = comments[i2]) {
        let token = tokens[i2], { open, close } = comment2;
        changes.push({ from: open.pos - token.open.length, to: open.pos + open.margin }, { from: close.pos - close.margin, to: close.pos + token.close.length });
      }
    return { changes };
  }
  return null;
}
function changeLineComment(option, state2, ranges = state2.selection.ranges) {
  let lines = [];
  let prevLine = -1;
  ranges: for (let { from, to } of ranges) {
    let startI = lines.length, minIndent = 1e9, token;
    for (let pos = from; pos <= to; ) {
      let line = state2.doc.lineAt(pos);
      if (token == void 0) {
        token = getConfig(state2, line.from).line;
        if (!token)
          continue ranges;
      }
      if (line.from > prevLine && (from == to || to > line.from)) {
        prevLine = line.from;
        let indent2 = /^\s*/.exec(line.text)[0].length;
        let empty = indent2 == line.length;
        let comment2 = line.text.slice(indent2, indent2 + token.length) == token ? indent2 : -1;
        if (indent2 < line.text.length && indent2 < minIndent)
          minIndent = indent2;
        lines.push({ line, comment: comment2, token, indent: indent2, empty, single: false });
      }
      pos = line.to + 1;
    }
    if (minIndent < 1e9) {
      for (let i2 = startI; i2 < lines.length; i2++)
        if (lines[i2].indent < lines[i2].line.text.length)
          lines[i2].indent = minIndent;
    }
    if (lines.length == startI + 1)
      lines[startI].single = true;
  }
  if (option != 2 && lines.some((l) => l.comment < 0 && (!l.empty || l.single))) {
    let changes = [];
    for (let { line, token, indent: indent2, empty, single } of lines)
      if (single || !empty)
        changes.push({ from: line.from + indent2, insert: token + " " });
    let changeSet = state2.changes(changes);
    return { changes: changeSet, selection: state2.selection.map(changeSet, 1) };
  } else if (option != 1 && lines.some((l) => l.comment >= 0)) {
    let changes = [];
    for (let { line, comment: comment2, token } of lines)
      if (comment2 >= 0) {
        let from = line.from + comment2, to = from + token.length;
        if (line.text[to - line.from] == " ")
          to++;
        changes.push({ from, to });
      }
    return { changes };
  }
  return null;
}
function history2(config = {}) {
  return [
    historyField_,
    historyConfig.of(config),
    EditorView.domEventHandlers({
      beforeinput(e, view) {
        let command2 = e.inputType == "historyUndo" ? undo : e.inputType == "historyRedo" ? redo : null;
        if (!command2)
          return false;
        e.preventDefault();
        return command2(view);
      }
    })
  ];
}
function cmd(side, selection) {
  return function({ state: state2, dispatch }) {
    if (!selection && state2.readOnly)
      return false;
    let historyState = state2.field(historyField_, false);
    if (!historyState)
      return false;
    let tr = historyState.pop(side, state2, selection);
    if (!tr)
      return false;
    dispatch(tr);
    return true;
  };
}
function updateBranch(branch, to, maxLen, newEvent) {
  let start = to + 1 > maxLen + 20 ? to - maxLen - 1 : 0;
  let newBranch = branch.slice(start, to);
  newBranch.push(newEvent);
  return newBranch;
}
function isAdjacent(a, b) {
  let ranges = [], isAdjacent2 = false;
  a.iterChangedRanges((f, t3) => ranges.push(f, t3));
  b.iterChangedRanges((_f, _t, f, t3) => {
    for (let i2 = 0; i2 < ranges.length; ) {
      let from = ranges[i2++], to = ranges[i2++];
      if (t3 >= from && f <= to)
        isAdjacent2 = true;
    }
  });
  return isAdjacent2;
}
function eqSelectionShape(a, b) {
  return a.ranges.length == b.ranges.length && a.ranges.filter((r, i2) => r.empty != b.ranges[i2].empty).length === 0;
}
function conc(a, b) {
  return !a.length ? b : !b.length ? a : a.concat(b);
}
function addSelection(branch, selection) {
  if (!branch.length) {
    return [HistEvent.selection([selection])];
  } else {
    let lastEvent = branch[branch.length - 1];
    let sels = lastEvent.selectionsAfter.slice(Math.max(0, lastEvent.selectionsAfter.length - MaxSelectionsPerEvent));
    if (sels.length && sels[sels.length - 1].eq(selection))
      return branch;
    sels.push(selection);
    return updateBranch(branch, branch.length - 1, 1e9, lastEvent.setSelAfter(sels));
  }
}
function popSelection(branch) {
  let last2 = branch[branch.length - 1];
  let newBranch = branch.slice();
  newBranch[branch.length - 1] = last2.setSelAfter(last2.selectionsAfter.slice(0, last2.selectionsAfter.length - 1));
  return newBranch;
}
function addMappingToBranch(branch, mapping) {
  if (!branch.length)
    return branch;
  let length = branch.length, selections = none2;
  while (length) {
    let event = mapEvent(branch[length - 1], mapping, selections);
    if (event.changes && !event.changes.empty || event.effects.length) {
      let result = branch.slice(0, length);
      result[length - 1] = event;
      return result;
    } else {
      mapping = event.mapped;
      length--;
      selections = event.selectionsAfter;
    }
  }
  return selections.length ? [HistEvent.selection(selections)] : none2;
}
function mapEvent(event, mapping, extraSelections) {
  let selections = conc(event.selectionsAfter.length ? event.selectionsAfter.map((s) => s.map(mapping)) : none2, extraSelections);
  if (!event.changes)
    return HistEvent.selection(selections);
  let mappedChanges = event.changes.map(mapping), before = mapping.mapDesc(event.changes, true);
  let fullMapping = event.mapped ? event.mapped.composeDesc(before) : before;
  return new HistEvent(mappedChanges, StateEffect.mapEffects(event.effects, mapping), fullMapping, event.startSelection.map(before), selections);
}
function updateSel(sel, by) {
  return EditorSelection.create(sel.ranges.map(by), sel.mainIndex);
}
function setSel(state2, selection) {
  return state2.update({ selection, scrollIntoView: true, userEvent: "select" });
}
function moveSel({ state: state2, dispatch }, how) {
  let selection = updateSel(state2.selection, how);
  if (selection.eq(state2.selection, true))
    return false;
  dispatch(setSel(state2, selection));
  return true;
}
function rangeEnd(range, forward) {
  return EditorSelection.cursor(forward ? range.to : range.from);
}
function cursorByChar(view, forward) {
  return moveSel(view, (range) => range.empty ? view.moveByChar(range, forward) : rangeEnd(range, forward));
}
function ltrAtCursor(view) {
  return view.textDirectionAt(view.state.selection.main.head) == Direction.LTR;
}
function cursorByGroup(view, forward) {
  return moveSel(view, (range) => range.empty ? view.moveByGroup(range, forward) : rangeEnd(range, forward));
}
function interestingNode(state2, node, bracketProp) {
  if (node.type.prop(bracketProp))
    return true;
  let len = node.to - node.from;
  return len && (len > 2 || /[^\s,.;:]/.test(state2.sliceDoc(node.from, node.to))) || node.firstChild;
}
function moveBySyntax(state2, start, forward) {
  let pos = syntaxTree(state2).resolveInner(start.head);
  let bracketProp = forward ? NodeProp.closedBy : NodeProp.openedBy;
  for (let at = start.head; ; ) {
    let next = forward ? pos.childAfter(at) : pos.childBefore(at);
    if (!next)
      break;
    if (interestingNode(state2, next, bracketProp))
      pos = next;
    else
      at = forward ? next.to : next.from;
  }
  let bracket2 = pos.type.prop(bracketProp), match, newPos;
  if (bracket2 && (match = forward ? matchBrackets(state2, pos.from, 1) : matchBrackets(state2, pos.to, -1)) && match.matched)
    newPos = forward ? match.end.to : match.end.from;
  else
    newPos = forward ? pos.to : pos.from;
  return EditorSelection.cursor(newPos, forward ? -1 : 1);
}
function cursorByLine(view, forward) {
  return moveSel(view, (range) => {
    if (!range.empty)
      return rangeEnd(range, forward);
    let moved = view.moveVertically(range, forward);
    return moved.head != range.head ? moved : view.moveToLineBoundary(range, forward);
  });
}
function pageInfo(view) {
  let selfScroll = view.scrollDOM.clientHeight < view.scrollDOM.scrollHeight - 2;
  let marginTop = 0, marginBottom = 0, height;
  if (selfScroll) {
    for (let source of view.state.facet(EditorView.scrollMargins)) {
      let margins = source(view);
      if (margins === null || margins === void 0 ? void 0 : margins.top)
        marginTop = Math.max(margins === null || margins === void 0 ? void 0 : margins.top, marginTop);
      if (margins === null || margins === void 0 ? void 0 : margins.bottom)
        marginBottom = Math.max(margins === null || margins === void 0 ? void 0 : margins.bottom, marginBottom);
    }
    height = view.scrollDOM.clientHeight - marginTop - marginBottom;
  } else {
    height = (view.dom.ownerDocument.defaultView || window).innerHeight;
  }
  return {
    marginTop,
    marginBottom,
    selfScroll,
    height: Math.max(view.defaultLineHeight, height - 5)
  };
}
function cursorByPage(view, forward) {
  let page2 = pageInfo(view);
  let { state: state2 } = view, selection = updateSel(state2.selection, (range) => {
    return range.empty ? view.moveVertically(range, forward, page2.height) : rangeEnd(range, forward);
  });
  if (selection.eq(state2.selection))
    return false;
  let effect;
  if (page2.selfScroll) {
    let startPos = view.coordsAtPos(state2.selection.main.head);
    let scrollRect = view.scrollDOM.getBoundingClientRect();
    let scrollTop = scrollRect.top + page2.marginTop, scrollBottom = scrollRect.bottom - page2.marginBottom;
    if (startPos && startPos.top > scrollTop && startPos.bottom < scrollBottom)
      effect = EditorView.scrollIntoView(selection.main.head, { y: "start", yMargin: startPos.top - scrollTop });
  }
  view.dispatch(setSel(state2, selection), { effects: effect });
  return true;
}
function moveByLineBoundary(view, start, forward) {
  let line = view.lineBlockAt(start.head), moved = view.moveToLineBoundary(start, forward);
  if (moved.head == start.head && moved.head != (forward ? line.to : line.from))
    moved = view.moveToLineBoundary(start, forward, false);
  if (!forward && moved.head == line.from && line.length) {
    let space2 = /^\s*/.exec(view.state.sliceDoc(line.from, Math.min(line.from + 100, line.to)))[0].length;
    if (space2 && start.head != line.from + space2)
      moved = EditorSelection.cursor(line.from + space2);
  }
  return moved;
}
function toMatchingBracket(state2, dispatch, extend) {
  let found = false, selection = updateSel(state2.selection, (range) => {
    let matching = matchBrackets(state2, range.head, -1) || matchBrackets(state2, range.head, 1) || range.head > 0 && matchBrackets(state2, range.head - 1, 1) || range.head < state2.doc.length && matchBrackets(state2, range.head + 1, -1);
    if (!matching || !matching.end)
      return range;
    found = true;
    let head = matching.start.from == range.head ? matching.end.to : matching.end.from;
    return extend ? EditorSelection.range(range.anchor, head) : EditorSelection.cursor(head);
  });
  if (!found)
    return false;
  dispatch(setSel(state2, selection));
  return true;
}
function extendSel(target, forward, how) {
  let selection = updateSel(target.state.selection, (range) => {
    if (range.undirectional && range.head >= range.anchor != forward)
      range = EditorSelection.range(range.head, range.anchor);
    let head = how(range);
    return EditorSelection.range(range.anchor, head.head, head.goalColumn, head.bidiLevel || void 0, head.assoc);
  });
  if (selection.eq(target.state.selection))
    return false;
  target.dispatch(setSel(target.state, selection));
  return true;
}
function selectByChar(view, forward) {
  return extendSel(view, forward, (range) => view.moveByChar(range, forward));
}
function selectByGroup(view, forward) {
  return extendSel(view, forward, (range) => view.moveByGroup(range, forward));
}
function selectByLine(view, forward) {
  return extendSel(view, forward, (range) => view.moveVertically(range, forward));
}
function selectByPage(view, forward) {
  return extendSel(view, forward, (range) => view.moveVertically(range, forward, pageInfo(view).height));
}
function addCursorVertically(view, forward) {
  let { state: state2 } = view, sel = state2.selection, ranges = state2.selection.ranges.slice();
  for (let range of state2.selection.ranges) {
    let line = state2.doc.lineAt(range.head);
    if (forward ? line.to < view.state.doc.length : line.from > 0)
      for (let cur = range; ; ) {
        let next = view.moveVertically(cur, forward);
        if (next.head < line.from || next.head > line.to) {
          if (!ranges.some((r) => r.head == next.head))
            ranges.push(next);
          break;
        } else if (next.head == cur.head) {
          break;
        } else {
          cur = next;
        }
      }
  }
  if (ranges.length == sel.ranges.length)
    return false;
  view.dispatch(setSel(state2, EditorSelection.create(ranges, ranges.length - 1)));
  return true;
}
function deleteBy(target, by) {
  if (target.state.readOnly)
    return false;
  let event = "delete.selection", { state: state2 } = target;
  let changes = state2.changeByRange((range) => {
    let { from, to } = range;
    if (from == to) {
      let towards = by(range);
      if (towards < from) {
        event = "delete.backward";
        towards = skipAtomic(target, towards, false);
      } else if (towards > from) {
        event = "delete.forward";
        towards = skipAtomic(target, towards, true);
      }
      from = Math.min(from, towards);
      to = Math.max(to, towards);
    } else {
      from = skipAtomic(target, from, false);
      to = skipAtomic(target, to, true);
    }
    return from == to ? { range } : { changes: { from, to }, range: EditorSelection.cursor(from, from < range.head ? -1 : 1) };
  });
  if (changes.changes.empty)
    return false;
  target.dispatch(state2.update(changes, {
    scrollIntoView: true,
    userEvent: event,
    effects: event == "delete.selection" ? EditorView.announce.of(state2.phrase("Selection deleted")) : void 0
  }));
  return true;
}
function skipAtomic(target, pos, forward) {
  if (target instanceof EditorView)
    for (let ranges of target.state.facet(EditorView.atomicRanges).map((f) => f(target)))
      ranges.between(pos, pos, (from, to) => {
        if (from < pos && to > pos)
          pos = forward ? to : from;
      });
  return pos;
}
function selectedLineBlocks(state2) {
  let blocks = [], upto = -1;
  for (let range of state2.selection.ranges) {
    let startLine = state2.doc.lineAt(range.from), endLine = state2.doc.lineAt(range.to);
    if (!range.empty && range.to == endLine.from)
      endLine = state2.doc.lineAt(range.to - 1);
    if (upto >= startLine.number) {
      let prev = blocks[blocks.length - 1];
      prev.to = endLine.to;
      prev.ranges.push(range);
    } else {
      blocks.push({ from: startLine.from, to: endLine.to, ranges: [range] });
    }
    upto = endLine.number + 1;
  }
  return blocks;
}
function moveLine(state2, dispatch, forward) {
  if (state2.readOnly)
    return false;
  let changes = [], ranges = [];
  for (let block2 of selectedLineBlocks(state2)) {
    if (forward ? block2.to == state2.doc.length : block2.from == 0)
      continue;
    let nextLine = state2.doc.lineAt(forward ? block2.to + 1 : block2.from - 1);
    let size = nextLine.length + 1;
    if (forward) {
      changes.push({ from: block2.to, to: nextLine.to }, { from: block2.from, insert: nextLine.text + state2.lineBreak });
      for (let r of block2.ranges)
        ranges.push(EditorSelection.range(Math.min(state2.doc.length, r.anchor + size), Math.min(state2.doc.length, r.head + size)));
    } else {
      changes.push({ from: nextLine.from, to: block2.from }, { from: block2.to, insert: state2.lineBreak + nextLine.text });
      for (let r of block2.ranges)
        ranges.push(EditorSelection.range(r.anchor - size, r.head - size));
    }
  }
  if (!changes.length)
    return false;
  dispatch(state2.update({
    changes,
    scrollIntoView: true,
    selection: EditorSelection.create(ranges, state2.selection.mainIndex),
    userEvent: "move.line"
  }));
  return true;
}
function copyLine(state2, dispatch, forward) {
  if (state2.readOnly)
    return false;
  let changes = [];
  for (let block2 of selectedLineBlocks(state2)) {
    if (forward)
      changes.push({ from: block2.from, insert: state2.doc.slice(block2.from, block2.to) + state2.lineBreak });
    else
      changes.push({ from: block2.to, insert: state2.lineBreak + state2.doc.slice(block2.from, block2.to) });
  }
  let changeSet = state2.changes(changes);
  dispatch(state2.update({
    changes: changeSet,
    selection: state2.selection.map(changeSet, forward ? 1 : -1),
    scrollIntoView: true,
    userEvent: "input.copyline"
  }));
  return true;
}
function isBetweenBrackets(state2, pos) {
  if (/\(\)|\[\]|\{\}/.test(state2.sliceDoc(pos - 1, pos + 1)))
    return { from: pos, to: pos };
  let context = syntaxTree(state2).resolveInner(pos);
  let before = context.childBefore(pos), after = context.childAfter(pos), closedBy;
  if (before && after && before.to <= pos && after.from >= pos && (closedBy = before.type.prop(NodeProp.closedBy)) && closedBy.indexOf(after.name) > -1 && state2.doc.lineAt(before.to).from == state2.doc.lineAt(after.from).from && !/\S/.test(state2.sliceDoc(before.to, after.from)))
    return { from: before.to, to: after.from };
  return null;
}
function newlineAndIndent(atEof) {
  return ({ state: state2, dispatch }) => {
    if (state2.readOnly)
      return false;
    let changes = state2.changeByRange((range) => {
      let { from, to } = range, line = state2.doc.lineAt(from);
      let explode = !atEof && from == to && isBetweenBrackets(state2, from);
      if (atEof)
        from = to = (to <= line.to ? line : state2.doc.lineAt(to)).to;
      let cx = new IndentContext(state2, { simulateBreak: from, simulateDoubleBreak: !!explode });
      let indent2 = getIndentation(cx, from);
      if (indent2 == null)
        indent2 = countColumn(/^\s*/.exec(state2.doc.lineAt(from).text)[0], state2.tabSize);
      while (to < line.to && /\s/.test(line.text[to - line.from]))
        to++;
      if (explode)
        ({ from, to } = explode);
      else if (from > line.from && from < line.from + 100 && !/\S/.test(line.text.slice(0, from)))
        from = line.from;
      let insert2 = ["", indentString(state2, indent2)];
      if (explode)
        insert2.push(indentString(state2, cx.lineIndent(line.from, -1)));
      return {
        changes: { from, to, insert: Text.of(insert2) },
        range: EditorSelection.cursor(from + 1 + insert2[1].length)
      };
    });
    dispatch(state2.update(changes, { scrollIntoView: true, userEvent: "input" }));
    return true;
  };
}
function changeBySelectedLine(state2, f) {
  let atLine = -1;
  return state2.changeByRange((range) => {
    let changes = [];
    for (let pos = range.from; pos <= range.to; ) {
      let line = state2.doc.lineAt(pos);
      if (line.number > atLine && (range.empty || range.to > line.from)) {
        f(line, changes, range);
        atLine = line.number;
      }
      pos = line.to + 1;
    }
    let changeSet = state2.changes(changes);
    return {
      changes,
      range: EditorSelection.range(changeSet.mapPos(range.anchor, 1), changeSet.mapPos(range.head, 1))
    };
  });
}
var toggleComment, toggleLineComment, toggleBlockComment, toggleBlockCommentByLine, SearchMargin, fromHistory, isolateHistory, invertedEffects, historyConfig, historyField_, undo, redo, undoSelection, redoSelection, HistEvent, none2, MaxSelectionsPerEvent, joinableUserEvent, HistoryState, historyKeymap, cursorCharLeft, cursorCharRight, cursorGroupLeft, cursorGroupRight, segmenter, cursorSyntaxLeft, cursorSyntaxRight, cursorLineUp, cursorLineDown, cursorPageUp, cursorPageDown, cursorLineBoundaryForward, cursorLineBoundaryBackward, cursorLineBoundaryLeft, cursorLineBoundaryRight, cursorLineStart, cursorLineEnd, cursorMatchingBracket, selectCharLeft, selectCharRight, selectGroupLeft, selectGroupRight, selectSyntaxLeft, selectSyntaxRight, selectLineUp, selectLineDown, selectPageUp, selectPageDown, selectLineBoundaryForward, selectLineBoundaryBackward, selectLineBoundaryLeft, selectLineBoundaryRight, selectLineStart, selectLineEnd, cursorDocStart, cursorDocEnd, selectDocStart, selectDocEnd, selectAll, selectLine, selectParentSyntax, addCursorAbove, addCursorBelow, simplifySelection, deleteByChar, deleteCharBackward, deleteCharForward, deleteByGroup, deleteGroupBackward, deleteGroupForward, deleteToLineEnd, deleteLineBoundaryBackward, deleteLineBoundaryForward, splitLine, transposeChars, moveLineUp, moveLineDown, copyLineUp, copyLineDown, deleteLine, insertNewlineAndIndent, insertBlankLine, indentSelection, indentMore, indentLess, toggleTabFocusMode, emacsStyleKeymap, standardKeymap, defaultKeymap;
var init_dist6 = __esm({
  "node_modules/@codemirror/commands/dist/index.js"() {
    init_dist();
    init_dist2();
    init_dist5();
    init_dist3();
    toggleComment = (target) => {
      let { state: state2 } = target, line = state2.doc.lineAt(state2.selection.main.from), config = getConfig(target.state, line.from);
      return config.line ? toggleLineComment(target) : config.block ? toggleBlockCommentByLine(target) : false;
    };
    toggleLineComment = /* @__PURE__ */ command(
      changeLineComment,
      0
      /* CommentOption.Toggle */
    );
    toggleBlockComment = /* @__PURE__ */ command(
      changeBlockComment,
      0
      /* CommentOption.Toggle */
    );
    toggleBlockCommentByLine = /* @__PURE__ */ command(
      (o, s) => changeBlockComment(o, s, selectedLineRanges(s)),
      0
      /* CommentOption.Toggle */
    );
    SearchMargin = 50;
    fromHistory = /* @__PURE__ */ Annotation.define();
    isolateHistory = /* @__PURE__ */ Annotation.define();
    invertedEffects = /* @__PURE__ */ Facet.define();
    historyConfig = /* @__PURE__ */ Facet.define({
      combine(configs) {
        return combineConfig(configs, {
          minDepth: 100,
          newGroupDelay: 500,
          joinToEvent: (_t, isAdjacent2) => isAdjacent2
        }, {
          minDepth: Math.max,
          newGroupDelay: Math.min,
          joinToEvent: (a, b) => (tr, adj) => a(tr, adj) || b(tr, adj)
        });
      }
    });
    historyField_ = /* @__PURE__ */ StateField.define({
      create() {
        return HistoryState.empty;
      },
      update(state2, tr) {
        let config = tr.state.facet(historyConfig);
        let fromHist = tr.annotation(fromHistory);
        if (fromHist) {
          let item = HistEvent.fromTransaction(tr, fromHist.selection), from = fromHist.side;
          let other = from == 0 ? state2.undone : state2.done;
          if (item)
            other = updateBranch(other, other.length, config.minDepth, item);
          else
            other = addSelection(other, tr.startState.selection);
          return new HistoryState(from == 0 ? fromHist.rest : other, from == 0 ? other : fromHist.rest);
        }
        let isolate = tr.annotation(isolateHistory);
        if (isolate == "full" || isolate == "before")
          state2 = state2.isolate();
        if (tr.annotation(Transaction.addToHistory) === false)
          return !tr.changes.empty ? state2.addMapping(tr.changes.desc) : state2;
        let event = HistEvent.fromTransaction(tr);
        let time = tr.annotation(Transaction.time), userEvent = tr.annotation(Transaction.userEvent);
        if (event)
          state2 = state2.addChanges(event, time, userEvent, config, tr);
        else if (tr.selection)
          state2 = state2.addSelection(tr.startState.selection, time, userEvent, config.newGroupDelay);
        if (isolate == "full" || isolate == "after")
          state2 = state2.isolate();
        return state2;
      },
      toJSON(value) {
        return { done: value.done.map((e) => e.toJSON()), undone: value.undone.map((e) => e.toJSON()) };
      },
      fromJSON(json) {
        return new HistoryState(json.done.map(HistEvent.fromJSON), json.undone.map(HistEvent.fromJSON));
      }
    });
    undo = /* @__PURE__ */ cmd(0, false);
    redo = /* @__PURE__ */ cmd(1, false);
    undoSelection = /* @__PURE__ */ cmd(0, true);
    redoSelection = /* @__PURE__ */ cmd(1, true);
    HistEvent = class _HistEvent {
      constructor(changes, effects, mapped, startSelection, selectionsAfter) {
        this.changes = changes;
        this.effects = effects;
        this.mapped = mapped;
        this.startSelection = startSelection;
        this.selectionsAfter = selectionsAfter;
      }
      setSelAfter(after) {
        return new _HistEvent(this.changes, this.effects, this.mapped, this.startSelection, after);
      }
      toJSON() {
        var _a2, _b, _c;
        return {
          changes: (_a2 = this.changes) === null || _a2 === void 0 ? void 0 : _a2.toJSON(),
          mapped: (_b = this.mapped) === null || _b === void 0 ? void 0 : _b.toJSON(),
          startSelection: (_c = this.startSelection) === null || _c === void 0 ? void 0 : _c.toJSON(),
          selectionsAfter: this.selectionsAfter.map((s) => s.toJSON())
        };
      }
      static fromJSON(json) {
        return new _HistEvent(json.changes && ChangeSet.fromJSON(json.changes), [], json.mapped && ChangeDesc.fromJSON(json.mapped), json.startSelection && EditorSelection.fromJSON(json.startSelection), json.selectionsAfter.map(EditorSelection.fromJSON));
      }
      // This does not check `addToHistory` and such, it assumes the
      // transaction needs to be converted to an item. Returns null when
      // there are no changes or effects in the transaction.
      static fromTransaction(tr, selection) {
        let effects = none2;
        for (let invert of tr.startState.facet(invertedEffects)) {
          let result = invert(tr);
          if (result.length)
            effects = effects.concat(result);
        }
        if (!effects.length && tr.changes.empty)
          return null;
        return new _HistEvent(tr.changes.invert(tr.startState.doc), effects, void 0, selection || tr.startState.selection, none2);
      }
      static selection(selections) {
        return new _HistEvent(void 0, none2, void 0, void 0, selections);
      }
    };
    none2 = [];
    MaxSelectionsPerEvent = 200;
    joinableUserEvent = /^(input\.type|delete)($|\.)/;
    HistoryState = class _HistoryState {
      constructor(done, undone, prevTime = 0, prevUserEvent = void 0) {
        this.done = done;
        this.undone = undone;
        this.prevTime = prevTime;
        this.prevUserEvent = prevUserEvent;
      }
      isolate() {
        return this.prevTime ? new _HistoryState(this.done, this.undone) : this;
      }
      addChanges(event, time, userEvent, config, tr) {
        let done = this.done, lastEvent = done[done.length - 1];
        if (lastEvent && lastEvent.changes && !lastEvent.changes.empty && event.changes && (!userEvent || joinableUserEvent.test(userEvent)) && (!lastEvent.selectionsAfter.length && time - this.prevTime < config.newGroupDelay && config.joinToEvent(tr, isAdjacent(lastEvent.changes, event.changes)) || // For compose (but not compose.start) events, always join with previous event
        userEvent == "input.type.compose")) {
          done = updateBranch(done, done.length - 1, config.minDepth, new HistEvent(event.changes.compose(lastEvent.changes), conc(StateEffect.mapEffects(event.effects, lastEvent.changes), lastEvent.effects), lastEvent.mapped, lastEvent.startSelection, none2));
        } else {
          done = updateBranch(done, done.length, config.minDepth, event);
        }
        return new _HistoryState(done, none2, time, userEvent);
      }
      addSelection(selection, time, userEvent, newGroupDelay) {
        let last2 = this.done.length ? this.done[this.done.length - 1].selectionsAfter : none2;
        if (last2.length > 0 && time - this.prevTime < newGroupDelay && userEvent == this.prevUserEvent && userEvent && /^select($|\.)/.test(userEvent) && eqSelectionShape(last2[last2.length - 1], selection))
          return this;
        return new _HistoryState(addSelection(this.done, selection), this.undone, time, userEvent);
      }
      addMapping(mapping) {
        return new _HistoryState(addMappingToBranch(this.done, mapping), addMappingToBranch(this.undone, mapping), this.prevTime, this.prevUserEvent);
      }
      pop(side, state2, onlySelection) {
        let branch = side == 0 ? this.done : this.undone;
        if (branch.length == 0)
          return null;
        let event = branch[branch.length - 1], selection = event.selectionsAfter[0] || (event.startSelection ? event.startSelection.map(event.changes.invertedDesc, 1) : state2.selection);
        if (onlySelection && event.selectionsAfter.length) {
          return state2.update({
            selection: event.selectionsAfter[event.selectionsAfter.length - 1],
            annotations: fromHistory.of({ side, rest: popSelection(branch), selection }),
            userEvent: side == 0 ? "select.undo" : "select.redo",
            scrollIntoView: true
          });
        } else if (!event.changes) {
          return null;
        } else {
          let rest = branch.length == 1 ? none2 : branch.slice(0, branch.length - 1);
          if (event.mapped)
            rest = addMappingToBranch(rest, event.mapped);
          return state2.update({
            changes: event.changes,
            selection: event.startSelection,
            effects: event.effects,
            annotations: fromHistory.of({ side, rest, selection }),
            filter: false,
            userEvent: side == 0 ? "undo" : "redo",
            scrollIntoView: true
          });
        }
      }
    };
    HistoryState.empty = /* @__PURE__ */ new HistoryState(none2, none2);
    historyKeymap = [
      { key: "Mod-z", run: undo, preventDefault: true },
      { key: "Mod-y", mac: "Mod-Shift-z", run: redo, preventDefault: true },
      { linux: "Ctrl-Shift-z", run: redo, preventDefault: true },
      { key: "Mod-u", run: undoSelection, preventDefault: true },
      { key: "Alt-u", mac: "Mod-Shift-u", run: redoSelection, preventDefault: true }
    ];
    cursorCharLeft = (view) => cursorByChar(view, !ltrAtCursor(view));
    cursorCharRight = (view) => cursorByChar(view, ltrAtCursor(view));
    cursorGroupLeft = (view) => cursorByGroup(view, !ltrAtCursor(view));
    cursorGroupRight = (view) => cursorByGroup(view, ltrAtCursor(view));
    segmenter = typeof Intl != "undefined" && Intl.Segmenter ? /* @__PURE__ */ new Intl.Segmenter(void 0, { granularity: "word" }) : null;
    cursorSyntaxLeft = (view) => moveSel(view, (range) => moveBySyntax(view.state, range, !ltrAtCursor(view)));
    cursorSyntaxRight = (view) => moveSel(view, (range) => moveBySyntax(view.state, range, ltrAtCursor(view)));
    cursorLineUp = (view) => cursorByLine(view, false);
    cursorLineDown = (view) => cursorByLine(view, true);
    cursorPageUp = (view) => cursorByPage(view, false);
    cursorPageDown = (view) => cursorByPage(view, true);
    cursorLineBoundaryForward = (view) => moveSel(view, (range) => moveByLineBoundary(view, range, true));
    cursorLineBoundaryBackward = (view) => moveSel(view, (range) => moveByLineBoundary(view, range, false));
    cursorLineBoundaryLeft = (view) => moveSel(view, (range) => moveByLineBoundary(view, range, !ltrAtCursor(view)));
    cursorLineBoundaryRight = (view) => moveSel(view, (range) => moveByLineBoundary(view, range, ltrAtCursor(view)));
    cursorLineStart = (view) => moveSel(view, (range) => view.moveToLineBoundary(range, false, false));
    cursorLineEnd = (view) => moveSel(view, (range) => view.moveToLineBoundary(range, true, false));
    cursorMatchingBracket = ({ state: state2, dispatch }) => toMatchingBracket(state2, dispatch, false);
    selectCharLeft = (view) => selectByChar(view, !ltrAtCursor(view));
    selectCharRight = (view) => selectByChar(view, ltrAtCursor(view));
    selectGroupLeft = (view) => selectByGroup(view, !ltrAtCursor(view));
    selectGroupRight = (view) => selectByGroup(view, ltrAtCursor(view));
    selectSyntaxLeft = (view) => {
      let forward = !ltrAtCursor(view);
      return extendSel(view, forward, (range) => moveBySyntax(view.state, range, forward));
    };
    selectSyntaxRight = (view) => {
      let forward = ltrAtCursor(view);
      return extendSel(view, forward, (range) => moveBySyntax(view.state, range, forward));
    };
    selectLineUp = (view) => selectByLine(view, false);
    selectLineDown = (view) => selectByLine(view, true);
    selectPageUp = (view) => selectByPage(view, false);
    selectPageDown = (view) => selectByPage(view, true);
    selectLineBoundaryForward = (view) => extendSel(view, true, (range) => moveByLineBoundary(view, range, true));
    selectLineBoundaryBackward = (view) => extendSel(view, false, (range) => moveByLineBoundary(view, range, false));
    selectLineBoundaryLeft = (view) => {
      let forward = !ltrAtCursor(view);
      return extendSel(view, forward, (range) => moveByLineBoundary(view, range, forward));
    };
    selectLineBoundaryRight = (view) => {
      let forward = ltrAtCursor(view);
      return extendSel(view, forward, (range) => moveByLineBoundary(view, range, forward));
    };
    selectLineStart = (view) => extendSel(view, false, (range) => EditorSelection.cursor(view.lineBlockAt(range.head).from));
    selectLineEnd = (view) => extendSel(view, true, (range) => EditorSelection.cursor(view.lineBlockAt(range.head).to));
    cursorDocStart = ({ state: state2, dispatch }) => {
      dispatch(setSel(state2, { anchor: 0 }));
      return true;
    };
    cursorDocEnd = ({ state: state2, dispatch }) => {
      dispatch(setSel(state2, { anchor: state2.doc.length }));
      return true;
    };
    selectDocStart = ({ state: state2, dispatch }) => {
      dispatch(setSel(state2, { anchor: state2.selection.main.anchor, head: 0 }));
      return true;
    };
    selectDocEnd = ({ state: state2, dispatch }) => {
      dispatch(setSel(state2, { anchor: state2.selection.main.anchor, head: state2.doc.length }));
      return true;
    };
    selectAll = ({ state: state2, dispatch }) => {
      dispatch(state2.update({ selection: { anchor: 0, head: state2.doc.length }, userEvent: "select" }));
      return true;
    };
    selectLine = ({ state: state2, dispatch }) => {
      let ranges = selectedLineBlocks(state2).map(({ from, to }) => EditorSelection.undirectionalRange(from, Math.min(to + 1, state2.doc.length)));
      dispatch(state2.update({ selection: EditorSelection.create(ranges), userEvent: "select" }));
      return true;
    };
    selectParentSyntax = ({ state: state2, dispatch }) => {
      let selection = updateSel(state2.selection, (range) => {
        let tree = syntaxTree(state2), stack = tree.resolveStack(range.from, 1);
        if (range.empty) {
          let stackBefore = tree.resolveStack(range.from, -1);
          if (stackBefore.node.from >= stack.node.from && stackBefore.node.to <= stack.node.to)
            stack = stackBefore;
        }
        for (let cur = stack; cur; cur = cur.next) {
          let { node } = cur;
          if ((node.from < range.from && node.to >= range.to || node.to > range.to && node.from <= range.from) && cur.next)
            return EditorSelection.undirectionalRange(node.from, node.to);
        }
        return range;
      });
      if (selection.eq(state2.selection))
        return false;
      dispatch(setSel(state2, selection));
      return true;
    };
    addCursorAbove = (view) => addCursorVertically(view, false);
    addCursorBelow = (view) => addCursorVertically(view, true);
    simplifySelection = ({ state: state2, dispatch }) => {
      let cur = state2.selection, selection = null;
      if (cur.ranges.length > 1)
        selection = EditorSelection.create([cur.main]);
      else if (!cur.main.empty)
        selection = EditorSelection.create([EditorSelection.cursor(cur.main.head)]);
      if (!selection)
        return false;
      dispatch(setSel(state2, selection));
      return true;
    };
    deleteByChar = (target, forward, byIndentUnit) => deleteBy(target, (range) => {
      let pos = range.from, { state: state2 } = target, line = state2.doc.lineAt(pos), before, targetPos;
      if (byIndentUnit && !forward && pos > line.from && pos < line.from + 200 && !/[^ \t]/.test(before = line.text.slice(0, pos - line.from))) {
        if (before[before.length - 1] == "	")
          return pos - 1;
        let col = countColumn(before, state2.tabSize), drop = col % getIndentUnit(state2) || getIndentUnit(state2);
        for (let i2 = 0; i2 < drop && before[before.length - 1 - i2] == " "; i2++)
          pos--;
        targetPos = pos;
      } else {
        targetPos = findClusterBreak2(line.text, pos - line.from, forward, forward) + line.from;
        if (targetPos == pos && line.number != (forward ? state2.doc.lines : 1))
          targetPos += forward ? 1 : -1;
        else if (!forward && /[\ufe00-\ufe0f]/.test(line.text.slice(targetPos - line.from, pos - line.from)))
          targetPos = findClusterBreak2(line.text, targetPos - line.from, false, false) + line.from;
      }
      return targetPos;
    });
    deleteCharBackward = (view) => deleteByChar(view, false, true);
    deleteCharForward = (view) => deleteByChar(view, true, false);
    deleteByGroup = (target, forward) => deleteBy(target, (range) => {
      let pos = range.head, { state: state2 } = target, line = state2.doc.lineAt(pos);
      let categorize = state2.charCategorizer(pos);
      for (let cat = null; ; ) {
        if (pos == (forward ? line.to : line.from)) {
          if (pos == range.head && line.number != (forward ? state2.doc.lines : 1))
            pos += forward ? 1 : -1;
          break;
        }
        let next = findClusterBreak2(line.text, pos - line.from, forward) + line.from;
        let nextChar = line.text.slice(Math.min(pos, next) - line.from, Math.max(pos, next) - line.from);
        let nextCat = categorize(nextChar);
        if (cat != null && nextCat != cat)
          break;
        if (nextChar != " " || pos != range.head)
          cat = nextCat;
        pos = next;
      }
      return pos;
    });
    deleteGroupBackward = (target) => deleteByGroup(target, false);
    deleteGroupForward = (target) => deleteByGroup(target, true);
    deleteToLineEnd = (view) => deleteBy(view, (range) => {
      let lineEnd = view.lineBlockAt(range.head).to;
      return range.head < lineEnd ? lineEnd : Math.min(view.state.doc.length, range.head + 1);
    });
    deleteLineBoundaryBackward = (view) => deleteBy(view, (range) => {
      let lineStart = view.moveToLineBoundary(range, false).head;
      return range.head > lineStart ? lineStart : Math.max(0, range.head - 1);
    });
    deleteLineBoundaryForward = (view) => deleteBy(view, (range) => {
      let lineStart = view.moveToLineBoundary(range, true).head;
      return range.head < lineStart ? lineStart : Math.min(view.state.doc.length, range.head + 1);
    });
    splitLine = ({ state: state2, dispatch }) => {
      if (state2.readOnly)
        return false;
      let changes = state2.changeByRange((range) => {
        return {
          changes: { from: range.from, to: range.to, insert: Text.of(["", ""]) },
          range: EditorSelection.cursor(range.from)
        };
      });
      dispatch(state2.update(changes, { scrollIntoView: true, userEvent: "input" }));
      return true;
    };
    transposeChars = ({ state: state2, dispatch }) => {
      if (state2.readOnly)
        return false;
      let changes = state2.changeByRange((range) => {
        if (!range.empty || range.from == 0 || range.from == state2.doc.length)
          return { range };
        let pos = range.from, line = state2.doc.lineAt(pos);
        let from = pos == line.from ? pos - 1 : findClusterBreak2(line.text, pos - line.from, false) + line.from;
        let to = pos == line.to ? pos + 1 : findClusterBreak2(line.text, pos - line.from, true) + line.from;
        return {
          changes: { from, to, insert: state2.doc.slice(pos, to).append(state2.doc.slice(from, pos)) },
          range: EditorSelection.cursor(to)
        };
      });
      if (changes.changes.empty)
        return false;
      dispatch(state2.update(changes, { scrollIntoView: true, userEvent: "move.character" }));
      return true;
    };
    moveLineUp = ({ state: state2, dispatch }) => moveLine(state2, dispatch, false);
    moveLineDown = ({ state: state2, dispatch }) => moveLine(state2, dispatch, true);
    copyLineUp = ({ state: state2, dispatch }) => copyLine(state2, dispatch, false);
    copyLineDown = ({ state: state2, dispatch }) => copyLine(state2, dispatch, true);
    deleteLine = (view) => {
      if (view.state.readOnly)
        return false;
      let { state: state2 } = view, changes = state2.changes(selectedLineBlocks(state2).map(({ from, to }) => {
        if (from > 0)
          from--;
        else if (to < state2.doc.length)
          to++;
        return { from, to };
      }));
      let selection = updateSel(state2.selection, (range) => {
        let dist2 = void 0;
        if (view.lineWrapping) {
          let block2 = view.lineBlockAt(range.head), pos = view.coordsAtPos(range.head, range.assoc || 1);
          if (pos)
            dist2 = block2.bottom + view.documentTop - pos.bottom + view.defaultLineHeight / 2;
        }
        return view.moveVertically(range, true, dist2);
      }).map(changes);
      view.dispatch({ changes, selection, scrollIntoView: true, userEvent: "delete.line" });
      return true;
    };
    insertNewlineAndIndent = /* @__PURE__ */ newlineAndIndent(false);
    insertBlankLine = /* @__PURE__ */ newlineAndIndent(true);
    indentSelection = ({ state: state2, dispatch }) => {
      if (state2.readOnly)
        return false;
      let updated = /* @__PURE__ */ Object.create(null);
      let context = new IndentContext(state2, { overrideIndentation: (start) => {
        let found = updated[start];
        return found == null ? -1 : found;
      } });
      let changes = changeBySelectedLine(state2, (line, changes2, range) => {
        let indent2 = getIndentation(context, line.from);
        if (indent2 == null)
          return;
        if (!/\S/.test(line.text))
          indent2 = 0;
        let cur = /^\s*/.exec(line.text)[0];
        let norm = indentString(state2, indent2);
        if (cur != norm || range.from < line.from + cur.length) {
          updated[line.from] = indent2;
          changes2.push({ from: line.from, to: line.from + cur.length, insert: norm });
        }
      });
      if (!changes.changes.empty)
        dispatch(state2.update(changes, { userEvent: "indent" }));
      return true;
    };
    indentMore = ({ state: state2, dispatch }) => {
      if (state2.readOnly)
        return false;
      dispatch(state2.update(changeBySelectedLine(state2, (line, changes) => {
        changes.push({ from: line.from, insert: state2.facet(indentUnit) });
      }), { userEvent: "input.indent" }));
      return true;
    };
    indentLess = ({ state: state2, dispatch }) => {
      if (state2.readOnly)
        return false;
      dispatch(state2.update(changeBySelectedLine(state2, (line, changes) => {
        let space2 = /^\s*/.exec(line.text)[0];
        if (!space2)
          return;
        let col = countColumn(space2, state2.tabSize), keep = 0;
        let insert2 = indentString(state2, Math.max(0, col - getIndentUnit(state2)));
        while (keep < space2.length && keep < insert2.length && space2.charCodeAt(keep) == insert2.charCodeAt(keep))
          keep++;
        changes.push({ from: line.from + keep, to: line.from + space2.length, insert: insert2.slice(keep) });
      }), { userEvent: "delete.dedent" }));
      return true;
    };
    toggleTabFocusMode = (view) => {
      view.setTabFocusMode();
      return true;
    };
    emacsStyleKeymap = [
      { key: "Ctrl-b", run: cursorCharLeft, shift: selectCharLeft, preventDefault: true },
      { key: "Ctrl-f", run: cursorCharRight, shift: selectCharRight },
      { key: "Ctrl-p", run: cursorLineUp, shift: selectLineUp },
      { key: "Ctrl-n", run: cursorLineDown, shift: selectLineDown },
      { key: "Ctrl-a", run: cursorLineStart, shift: selectLineStart },
      { key: "Ctrl-e", run: cursorLineEnd, shift: selectLineEnd },
      { key: "Ctrl-d", run: deleteCharForward },
      { key: "Ctrl-h", run: deleteCharBackward },
      { key: "Ctrl-k", run: deleteToLineEnd },
      { key: "Ctrl-Alt-h", run: deleteGroupBackward },
      { key: "Ctrl-o", run: splitLine },
      { key: "Ctrl-t", run: transposeChars },
      { key: "Ctrl-v", run: cursorPageDown }
    ];
    standardKeymap = /* @__PURE__ */ [
      { key: "ArrowLeft", run: cursorCharLeft, shift: selectCharLeft, preventDefault: true },
      { key: "Mod-ArrowLeft", mac: "Alt-ArrowLeft", run: cursorGroupLeft, shift: selectGroupLeft, preventDefault: true },
      { mac: "Cmd-ArrowLeft", run: cursorLineBoundaryLeft, shift: selectLineBoundaryLeft, preventDefault: true },
      { key: "ArrowRight", run: cursorCharRight, shift: selectCharRight, preventDefault: true },
      { key: "Mod-ArrowRight", mac: "Alt-ArrowRight", run: cursorGroupRight, shift: selectGroupRight, preventDefault: true },
      { mac: "Cmd-ArrowRight", run: cursorLineBoundaryRight, shift: selectLineBoundaryRight, preventDefault: true },
      { key: "ArrowUp", run: cursorLineUp, shift: selectLineUp, preventDefault: true },
      { mac: "Cmd-ArrowUp", run: cursorDocStart, shift: selectDocStart },
      { mac: "Ctrl-ArrowUp", run: cursorPageUp, shift: selectPageUp },
      { key: "ArrowDown", run: cursorLineDown, shift: selectLineDown, preventDefault: true },
      { mac: "Cmd-ArrowDown", run: cursorDocEnd, shift: selectDocEnd },
      { mac: "Ctrl-ArrowDown", run: cursorPageDown, shift: selectPageDown },
      { key: "PageUp", run: cursorPageUp, shift: selectPageUp },
      { key: "PageDown", run: cursorPageDown, shift: selectPageDown },
      { key: "Home", run: cursorLineBoundaryBackward, shift: selectLineBoundaryBackward, preventDefault: true },
      { key: "Mod-Home", run: cursorDocStart, shift: selectDocStart },
      { key: "End", run: cursorLineBoundaryForward, shift: selectLineBoundaryForward, preventDefault: true },
      { key: "Mod-End", run: cursorDocEnd, shift: selectDocEnd },
      { key: "Enter", run: insertNewlineAndIndent, shift: insertNewlineAndIndent },
      { key: "Mod-a", run: selectAll },
      { key: "Backspace", run: deleteCharBackward, shift: deleteCharBackward, preventDefault: true },
      { key: "Delete", run: deleteCharForward, preventDefault: true },
      { key: "Mod-Backspace", mac: "Alt-Backspace", run: deleteGroupBackward, preventDefault: true },
      { key: "Mod-Delete", mac: "Alt-Delete", run: deleteGroupForward, preventDefault: true },
      { mac: "Mod-Backspace", run: deleteLineBoundaryBackward, preventDefault: true },
      { mac: "Mod-Delete", run: deleteLineBoundaryForward, preventDefault: true }
    ].concat(/* @__PURE__ */ emacsStyleKeymap.map((b) => ({ mac: b.key, run: b.run, shift: b.shift })));
    defaultKeymap = /* @__PURE__ */ [
      { key: "Alt-ArrowLeft", mac: "Ctrl-ArrowLeft", run: cursorSyntaxLeft, shift: selectSyntaxLeft },
      { key: "Alt-ArrowRight", mac: "Ctrl-ArrowRight", run: cursorSyntaxRight, shift: selectSyntaxRight },
      { key: "Alt-ArrowUp", run: moveLineUp },
      { key: "Shift-Alt-ArrowUp", run: copyLineUp },
      { key: "Alt-ArrowDown", run: moveLineDown },
      { key: "Shift-Alt-ArrowDown", run: copyLineDown },
      { key: "Mod-Alt-ArrowUp", run: addCursorAbove },
      { key: "Mod-Alt-ArrowDown", run: addCursorBelow },
      { key: "Escape", run: simplifySelection },
      { key: "Mod-Enter", run: insertBlankLine },
      { key: "Alt-l", mac: "Ctrl-l", run: selectLine },
      { key: "Mod-i", run: selectParentSyntax, preventDefault: true },
      { key: "Mod-[", run: indentLess },
      { key: "Mod-]", run: indentMore },
      { key: "Mod-Alt-\\", run: indentSelection },
      { key: "Shift-Mod-k", run: deleteLine },
      { key: "Shift-Mod-\\", run: cursorMatchingBracket },
      { key: "Mod-/", run: toggleComment },
      { key: "Alt-A", mac: "Ctrl-A", run: toggleBlockComment },
      { key: "Ctrl-m", mac: "Shift-Alt-m", run: toggleTabFocusMode }
    ].concat(standardKeymap);
  }
});

// node_modules/@lezer/lr/dist/index.js
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
function readToken(data, input, stack, group, precTable, precOffset) {
  let state2 = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state2]) == 0)
      break;
    let accEnd = data[state2 + 1];
    for (let i2 = state2 + 3; i2 < accEnd; i2 += 2)
      if ((data[i2 + 1] & groupMask) > 0) {
        let term = data[i2];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state2 + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state2 = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state2 = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i2 = start, next; (next = data[i2]) != 65535; i2++)
    if (next == term)
      return i2 - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
function pushStackDedup(stack, newStacks) {
  for (let i2 = 0; i2 < newStacks.length; i2++) {
    let other = newStacks[i2];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i2].score < stack.score)
        newStacks[i2] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
function wrapContextOp(op) {
  if (!op)
    return id;
  if (op.length < 3)
    return op;
  return (context, arg, stack, input, pos) => op(context, arg, stack, input.reset(pos));
}
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}
var Stack, StackContext, SimulatedStack, StackBufferCursor, CachedToken, nullToken, InputStream, TokenGroup, LocalTokenGroup, ExternalTokenizer, verbose, stackIDs, FragmentCursor, TokenCache, Parse, Dialect, id, ContextTracker, LRParser;
var init_dist7 = __esm({
  "node_modules/@lezer/lr/dist/index.js"() {
    init_dist3();
    Stack = class _Stack {
      /**
      @internal
      */
      constructor(p, stack, state2, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent2) {
        this.p = p;
        this.stack = stack;
        this.state = state2;
        this.reducePos = reducePos;
        this.pos = pos;
        this.score = score;
        this.buffer = buffer;
        this.bufferBase = bufferBase;
        this.curContext = curContext;
        this.lookAhead = lookAhead;
        this.parent = parent2;
      }
      /**
      @internal
      */
      toString() {
        return `[${this.stack.filter((_, i2) => i2 % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
      }
      // Start an empty stack
      /**
      @internal
      */
      static start(p, state2, pos = 0) {
        let cx = p.parser.context;
        return new _Stack(p, [], state2, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
      }
      /**
      The stack's current [context](#lr.ContextTracker) value, if
      any. Its type will depend on the context tracker's type
      parameter, or it will be `null` if there is no context
      tracker.
      */
      get context() {
        return this.curContext ? this.curContext.context : null;
      }
      // Push a state onto the stack, tracking its start position as well
      // as the buffer base at that point.
      /**
      @internal
      */
      pushState(state2, start) {
        this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
        this.state = state2;
      }
      // Apply a reduce action
      /**
      @internal
      */
      reduce(action) {
        var _a2;
        let depth = action >> 19, type = action & 65535;
        let { parser: parser2 } = this.p;
        let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
        let dPrec = parser2.dynamicPrecedence(type);
        if (dPrec)
          this.score += dPrec;
        if (depth == 0) {
          if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
            this.reducePos = this.pos;
          this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
          if (type < parser2.minRepeatTerm)
            this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
          this.reduceContext(type, this.reducePos);
          return;
        }
        let base2 = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
        let start = base2 ? this.stack[base2 - 2] : this.p.ranges[0].from;
        if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
          this.reducePos = this.pos;
        let size = this.reducePos - start;
        if (size >= 2e3 && !((_a2 = this.p.parser.nodeSet.types[type]) === null || _a2 === void 0 ? void 0 : _a2.isAnonymous)) {
          if (start == this.p.lastBigReductionStart) {
            this.p.bigReductionCount++;
            this.p.lastBigReductionSize = size;
          } else if (this.p.lastBigReductionSize < size) {
            this.p.bigReductionCount = 1;
            this.p.lastBigReductionStart = start;
            this.p.lastBigReductionSize = size;
          }
        }
        let bufferBase = base2 ? this.stack[base2 - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
        if (type < parser2.minRepeatTerm || action & 131072) {
          let pos = parser2.stateFlag(
            this.state,
            1
            /* StateFlag.Skipped */
          ) ? this.pos : this.reducePos;
          this.storeNode(type, start, pos, count + 4, true);
        }
        if (action & 262144) {
          this.state = this.stack[base2];
        } else {
          let baseStateID = this.stack[base2 - 3];
          this.state = parser2.getGoto(baseStateID, type, true);
        }
        while (this.stack.length > base2)
          this.stack.pop();
        this.reduceContext(type, start);
      }
      // Shift a value into the buffer
      /**
      @internal
      */
      storeNode(term, start, end, size = 4, mustSink = false) {
        if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
          let top2 = this.buffer.length;
          if (top2 > 0 && this.buffer[top2 - 4] == 0 && this.buffer[top2 - 1] > -1) {
            if (start == end)
              return;
            if (this.buffer[top2 - 2] >= start) {
              this.buffer[top2 - 2] = end;
              return;
            }
          }
        }
        if (!mustSink || this.pos == end) {
          this.buffer.push(term, start, end, size);
        } else {
          let index = this.buffer.length;
          if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
            let mustMove = false;
            for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
              if (this.buffer[scan - 1] >= 0) {
                mustMove = true;
                break;
              }
            }
            if (mustMove)
              while (index > 0 && this.buffer[index - 2] > end) {
                this.buffer[index] = this.buffer[index - 4];
                this.buffer[index + 1] = this.buffer[index - 3];
                this.buffer[index + 2] = this.buffer[index - 2];
                this.buffer[index + 3] = this.buffer[index - 1];
                index -= 4;
                if (size > 4)
                  size -= 4;
              }
          }
          this.buffer[index] = term;
          this.buffer[index + 1] = start;
          this.buffer[index + 2] = end;
          this.buffer[index + 3] = size;
        }
      }
      // Apply a shift action
      /**
      @internal
      */
      shift(action, type, start, end) {
        if (action & 131072) {
          this.pushState(action & 65535, this.pos);
        } else if ((action & 262144) == 0) {
          let nextState = action, { parser: parser2 } = this.p;
          this.pos = end;
          let skipped = parser2.stateFlag(
            nextState,
            1
            /* StateFlag.Skipped */
          );
          if (!skipped && (end > start || type <= parser2.maxNode))
            this.reducePos = end;
          this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
          this.shiftContext(type, start);
          if (type <= parser2.maxNode)
            this.buffer.push(type, start, end, 4);
        } else {
          this.pos = end;
          this.shiftContext(type, start);
          if (type <= this.p.parser.maxNode)
            this.buffer.push(type, start, end, 4);
        }
      }
      // Apply an action
      /**
      @internal
      */
      apply(action, next, nextStart, nextEnd) {
        if (action & 65536)
          this.reduce(action);
        else
          this.shift(action, next, nextStart, nextEnd);
      }
      // Add a prebuilt (reused) node into the buffer.
      /**
      @internal
      */
      useNode(value, next, start) {
        let index = this.p.reused.length - 1;
        if (index < 0 || this.p.reused[index] != value) {
          this.p.reused.push(value);
          index++;
        }
        let end = this.reducePos = this.pos = start + value.length;
        this.pushState(next, start);
        this.buffer.push(
          index,
          start,
          end,
          -1
          /* size == -1 means this is a reused value */
        );
        if (this.curContext)
          this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream, this.pos - value.length));
      }
      // Split the stack. Due to the buffer sharing and the fact
      // that `this.stack` tends to stay quite shallow, this isn't very
      // expensive.
      /**
      @internal
      */
      split() {
        let parent2 = this;
        let off = parent2.buffer.length;
        if (off && parent2.buffer[off - 4] == 0)
          off -= 4;
        while (off > 0 && parent2.buffer[off - 2] > parent2.reducePos)
          off -= 4;
        let buffer = parent2.buffer.slice(off), base2 = parent2.bufferBase + off;
        while (parent2 && base2 == parent2.bufferBase)
          parent2 = parent2.parent;
        return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base2, this.curContext, this.lookAhead, parent2);
      }
      // Try to recover from an error by 'deleting' (ignoring) one token.
      /**
      @internal
      */
      recoverByDelete(next, nextEnd) {
        let isNode = next <= this.p.parser.maxNode;
        if (isNode)
          this.storeNode(next, this.pos, nextEnd, 4);
        this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
        this.pos = this.reducePos = nextEnd;
        this.score -= 190;
      }
      /**
      Check if the given term would be able to be shifted (optionally
      after some reductions) on this stack. This can be useful for
      external tokenizers that want to make sure they only provide a
      given token when it applies.
      */
      canShift(term) {
        for (let sim = new SimulatedStack(this); ; ) {
          let action = this.p.parser.stateSlot(
            sim.state,
            4
            /* ParseState.DefaultReduce */
          ) || this.p.parser.hasAction(sim.state, term);
          if (action == 0)
            return false;
          if ((action & 65536) == 0)
            return true;
          sim.reduce(action);
        }
      }
      // Apply up to Recover.MaxNext recovery actions that conceptually
      // inserts some missing token or rule.
      /**
      @internal
      */
      recoverByInsert(next) {
        if (this.stack.length >= 300)
          return [];
        let nextStates = this.p.parser.nextStates(this.state);
        if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
          let best = [];
          for (let i2 = 0, s; i2 < nextStates.length; i2 += 2) {
            if ((s = nextStates[i2 + 1]) != this.state && this.p.parser.hasAction(s, next))
              best.push(nextStates[i2], s);
          }
          if (this.stack.length < 120)
            for (let i2 = 0; best.length < 4 << 1 && i2 < nextStates.length; i2 += 2) {
              let s = nextStates[i2 + 1];
              if (!best.some((v, i3) => i3 & 1 && v == s))
                best.push(nextStates[i2], s);
            }
          nextStates = best;
        }
        let result = [];
        for (let i2 = 0; i2 < nextStates.length && result.length < 4; i2 += 2) {
          let s = nextStates[i2 + 1];
          if (s == this.state)
            continue;
          let stack = this.split();
          stack.pushState(s, this.pos);
          stack.storeNode(0, stack.pos, stack.pos, 4, true);
          stack.shiftContext(nextStates[i2], this.pos);
          stack.reducePos = this.pos;
          stack.score -= 200;
          result.push(stack);
        }
        return result;
      }
      // Force a reduce, if possible. Return false if that can't
      // be done.
      /**
      @internal
      */
      forceReduce() {
        let { parser: parser2 } = this.p;
        let reduce = parser2.stateSlot(
          this.state,
          5
          /* ParseState.ForcedReduce */
        );
        if ((reduce & 65536) == 0)
          return false;
        if (!parser2.validAction(this.state, reduce)) {
          let depth = reduce >> 19, term = reduce & 65535;
          let target = this.stack.length - depth * 3;
          if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
            let backup = this.findForcedReduction();
            if (backup == null)
              return false;
            reduce = backup;
          }
          this.storeNode(0, this.pos, this.pos, 4, true);
          this.score -= 100;
        }
        this.reducePos = this.pos;
        this.reduce(reduce);
        return true;
      }
      /**
      Try to scan through the automaton to find some kind of reduction
      that can be applied. Used when the regular ForcedReduce field
      isn't a valid action. @internal
      */
      findForcedReduction() {
        let { parser: parser2 } = this.p, seen = [];
        let explore = (state2, depth) => {
          if (seen.includes(state2))
            return;
          seen.push(state2);
          return parser2.allActions(state2, (action) => {
            if (action & (262144 | 131072)) ;
            else if (action & 65536) {
              let rDepth = (action >> 19) - depth;
              if (rDepth > 1) {
                let term = action & 65535, target = this.stack.length - rDepth * 3;
                if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
                  return rDepth << 19 | 65536 | term;
              }
            } else {
              let found = explore(action, depth + 1);
              if (found != null)
                return found;
            }
          });
        };
        return explore(this.state, 0);
      }
      /**
      @internal
      */
      forceAll() {
        while (!this.p.parser.stateFlag(
          this.state,
          2
          /* StateFlag.Accepting */
        )) {
          if (!this.forceReduce()) {
            this.storeNode(0, this.pos, this.pos, 4, true);
            break;
          }
        }
        return this;
      }
      /**
      Check whether this state has no further actions (assumed to be a direct descendant of the
      top state, since any other states must be able to continue
      somehow). @internal
      */
      get deadEnd() {
        if (this.stack.length != 3)
          return false;
        let { parser: parser2 } = this.p;
        return parser2.data[parser2.stateSlot(
          this.state,
          1
          /* ParseState.Actions */
        )] == 65535 && !parser2.stateSlot(
          this.state,
          4
          /* ParseState.DefaultReduce */
        );
      }
      /**
      Restart the stack (put it back in its start state). Only safe
      when this.stack.length == 3 (state is directly below the top
      state). @internal
      */
      restart() {
        this.storeNode(0, this.pos, this.pos, 4, true);
        this.state = this.stack[0];
        this.stack.length = 0;
      }
      /**
      @internal
      */
      sameState(other) {
        if (this.state != other.state || this.stack.length != other.stack.length)
          return false;
        for (let i2 = 0; i2 < this.stack.length; i2 += 3)
          if (this.stack[i2] != other.stack[i2])
            return false;
        return true;
      }
      /**
      Get the parser used by this stack.
      */
      get parser() {
        return this.p.parser;
      }
      /**
      Test whether a given dialect (by numeric ID, as exported from
      the terms file) is enabled.
      */
      dialectEnabled(dialectID) {
        return this.p.parser.dialect.flags[dialectID];
      }
      shiftContext(term, start) {
        if (this.curContext)
          this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream, start));
      }
      reduceContext(term, start) {
        if (this.curContext)
          this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream, start));
      }
      /**
      @internal
      */
      emitContext() {
        let last2 = this.buffer.length - 1;
        if (last2 < 0 || this.buffer[last2] != -3)
          this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
      }
      /**
      @internal
      */
      emitLookAhead() {
        let last2 = this.buffer.length - 1;
        if (last2 < 0 || this.buffer[last2] != -4)
          this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
      }
      updateContext(context) {
        if (context != this.curContext.context) {
          let newCx = new StackContext(this.curContext.tracker, context);
          if (newCx.hash != this.curContext.hash)
            this.emitContext();
          this.curContext = newCx;
        }
      }
      /**
      @internal
      */
      setLookAhead(lookAhead) {
        if (lookAhead <= this.lookAhead)
          return false;
        this.emitLookAhead();
        this.lookAhead = lookAhead;
        return true;
      }
      /**
      @internal
      */
      close() {
        if (this.curContext && this.curContext.tracker.strict)
          this.emitContext();
        if (this.lookAhead > 0)
          this.emitLookAhead();
      }
    };
    StackContext = class {
      constructor(tracker, context) {
        this.tracker = tracker;
        this.context = context;
        this.hash = tracker.strict ? tracker.hash(context) : 0;
      }
    };
    SimulatedStack = class {
      constructor(start) {
        this.start = start;
        this.state = start.state;
        this.stack = start.stack;
        this.base = this.stack.length;
      }
      reduce(action) {
        let term = action & 65535, depth = action >> 19;
        if (depth == 0) {
          if (this.stack == this.start.stack)
            this.stack = this.stack.slice();
          this.stack.push(this.state, 0, 0);
          this.base += 3;
        } else {
          this.base -= (depth - 1) * 3;
        }
        let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
        this.state = goto;
      }
    };
    StackBufferCursor = class _StackBufferCursor {
      constructor(stack, pos, index) {
        this.stack = stack;
        this.pos = pos;
        this.index = index;
        this.buffer = stack.buffer;
        if (this.index == 0)
          this.maybeNext();
      }
      static create(stack, pos = stack.bufferBase + stack.buffer.length) {
        return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
      }
      maybeNext() {
        let next = this.stack.parent;
        if (next != null) {
          this.index = this.stack.bufferBase - next.bufferBase;
          this.stack = next;
          this.buffer = next.buffer;
        }
      }
      get id() {
        return this.buffer[this.index - 4];
      }
      get start() {
        return this.buffer[this.index - 3];
      }
      get end() {
        return this.buffer[this.index - 2];
      }
      get size() {
        return this.buffer[this.index - 1];
      }
      next() {
        this.index -= 4;
        this.pos -= 4;
        if (this.index == 0)
          this.maybeNext();
      }
      fork() {
        return new _StackBufferCursor(this.stack, this.pos, this.index);
      }
    };
    CachedToken = class {
      constructor() {
        this.start = -1;
        this.value = -1;
        this.end = -1;
        this.extended = -1;
        this.lookAhead = 0;
        this.mask = 0;
        this.context = 0;
      }
    };
    nullToken = new CachedToken();
    InputStream = class {
      /**
      @internal
      */
      constructor(input, ranges) {
        this.input = input;
        this.ranges = ranges;
        this.chunk = "";
        this.chunkOff = 0;
        this.chunk2 = "";
        this.chunk2Pos = 0;
        this.next = -1;
        this.token = nullToken;
        this.rangeIndex = 0;
        this.pos = this.chunkPos = ranges[0].from;
        this.range = ranges[0];
        this.end = ranges[ranges.length - 1].to;
        this.readNext();
      }
      /**
      @internal
      */
      resolveOffset(offset, assoc) {
        let range = this.range, index = this.rangeIndex;
        let pos = this.pos + offset;
        while (pos < range.from) {
          if (!index)
            return null;
          let next = this.ranges[--index];
          pos -= range.from - next.to;
          range = next;
        }
        while (assoc < 0 ? pos > range.to : pos >= range.to) {
          if (index == this.ranges.length - 1)
            return null;
          let next = this.ranges[++index];
          pos += next.from - range.to;
          range = next;
        }
        return pos;
      }
      /**
      @internal
      */
      clipPos(pos) {
        if (pos >= this.range.from && pos < this.range.to)
          return pos;
        for (let range of this.ranges)
          if (range.to > pos)
            return Math.max(pos, range.from);
        return this.end;
      }
      /**
      Look at a code unit near the stream position. `.peek(0)` equals
      `.next`, `.peek(-1)` gives you the previous character, and so
      on.
      
      Note that looking around during tokenizing creates dependencies
      on potentially far-away content, which may reduce the
      effectiveness incremental parsing—when looking forward—or even
      cause invalid reparses when looking backward more than 25 code
      units, since the library does not track lookbehind.
      */
      peek(offset) {
        let idx = this.chunkOff + offset, pos, result;
        if (idx >= 0 && idx < this.chunk.length) {
          pos = this.pos + offset;
          result = this.chunk.charCodeAt(idx);
        } else {
          let resolved = this.resolveOffset(offset, 1);
          if (resolved == null)
            return -1;
          pos = resolved;
          if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
            result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
          } else {
            let i2 = this.rangeIndex, range = this.range;
            while (range.to <= pos)
              range = this.ranges[++i2];
            this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
            if (pos + this.chunk2.length > range.to)
              this.chunk2 = this.chunk2.slice(0, range.to - pos);
            result = this.chunk2.charCodeAt(0);
          }
        }
        if (pos >= this.token.lookAhead)
          this.token.lookAhead = pos + 1;
        return result;
      }
      /**
      Accept a token. By default, the end of the token is set to the
      current stream position, but you can pass an offset (relative to
      the stream position) to change that.
      */
      acceptToken(token, endOffset = 0) {
        let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
        if (end == null || end < this.token.start)
          throw new RangeError("Token end out of bounds");
        this.token.value = token;
        this.token.end = end;
      }
      /**
      Accept a token ending at a specific given position.
      */
      acceptTokenTo(token, endPos) {
        this.token.value = token;
        this.token.end = endPos;
      }
      getChunk() {
        if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
          let { chunk, chunkPos } = this;
          this.chunk = this.chunk2;
          this.chunkPos = this.chunk2Pos;
          this.chunk2 = chunk;
          this.chunk2Pos = chunkPos;
          this.chunkOff = this.pos - this.chunkPos;
        } else {
          this.chunk2 = this.chunk;
          this.chunk2Pos = this.chunkPos;
          let nextChunk = this.input.chunk(this.pos);
          let end = this.pos + nextChunk.length;
          this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
          this.chunkPos = this.pos;
          this.chunkOff = 0;
        }
      }
      readNext() {
        if (this.chunkOff >= this.chunk.length) {
          this.getChunk();
          if (this.chunkOff == this.chunk.length)
            return this.next = -1;
        }
        return this.next = this.chunk.charCodeAt(this.chunkOff);
      }
      /**
      Move the stream forward N (defaults to 1) code units. Returns
      the new value of [`next`](#lr.InputStream.next).
      */
      advance(n = 1) {
        this.chunkOff += n;
        while (this.pos + n >= this.range.to) {
          if (this.rangeIndex == this.ranges.length - 1)
            return this.setDone();
          n -= this.range.to - this.pos;
          this.range = this.ranges[++this.rangeIndex];
          this.pos = this.range.from;
        }
        this.pos += n;
        if (this.pos >= this.token.lookAhead)
          this.token.lookAhead = this.pos + 1;
        return this.readNext();
      }
      setDone() {
        this.pos = this.chunkPos = this.end;
        this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
        this.chunk = "";
        return this.next = -1;
      }
      /**
      @internal
      */
      reset(pos, token) {
        if (token) {
          this.token = token;
          token.start = pos;
          token.lookAhead = pos + 1;
          token.value = token.extended = -1;
        } else {
          this.token = nullToken;
        }
        if (this.pos != pos) {
          this.pos = pos;
          if (pos == this.end) {
            this.setDone();
            return this;
          }
          while (pos < this.range.from)
            this.range = this.ranges[--this.rangeIndex];
          while (pos >= this.range.to)
            this.range = this.ranges[++this.rangeIndex];
          if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
            this.chunkOff = pos - this.chunkPos;
          } else {
            this.chunk = "";
            this.chunkOff = 0;
          }
          this.readNext();
        }
        return this;
      }
      /**
      @internal
      */
      read(from, to) {
        if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
          return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
        if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
          return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
        if (from >= this.range.from && to <= this.range.to)
          return this.input.read(from, to);
        let result = "";
        for (let r of this.ranges) {
          if (r.from >= to)
            break;
          if (r.to > from)
            result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
        }
        return result;
      }
    };
    TokenGroup = class {
      constructor(data, id2) {
        this.data = data;
        this.id = id2;
      }
      token(input, stack) {
        let { parser: parser2 } = stack.p;
        readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
      }
    };
    TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
    LocalTokenGroup = class {
      constructor(data, precTable, elseToken) {
        this.precTable = precTable;
        this.elseToken = elseToken;
        this.data = typeof data == "string" ? decodeArray(data) : data;
      }
      token(input, stack) {
        let start = input.pos, skipped = 0;
        for (; ; ) {
          let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
          readToken(this.data, input, stack, 0, this.data, this.precTable);
          if (input.token.value > -1)
            break;
          if (this.elseToken == null)
            return;
          if (!atEof)
            skipped++;
          if (nextPos == null)
            break;
          input.reset(nextPos, input.token);
        }
        if (skipped) {
          input.reset(start, input.token);
          input.acceptToken(this.elseToken, skipped);
        }
      }
    };
    LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
    ExternalTokenizer = class {
      /**
      Create a tokenizer. The first argument is the function that,
      given an input stream, scans for the types of tokens it
      recognizes at the stream's position, and calls
      [`acceptToken`](#lr.InputStream.acceptToken) when it finds
      one.
      */
      constructor(token, options = {}) {
        this.token = token;
        this.contextual = !!options.contextual;
        this.fallback = !!options.fallback;
        this.extend = !!options.extend;
      }
    };
    verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
    stackIDs = null;
    FragmentCursor = class {
      constructor(fragments, minRepeat) {
        this.fragments = fragments;
        this.minRepeat = minRepeat;
        this.i = 0;
        this.fragment = null;
        this.safeFrom = -1;
        this.safeTo = -1;
        this.trees = [];
        this.start = [];
        this.index = [];
        this.lastRepeat = null;
        this.lastRepeatPos = -1;
        this.nextFragment();
      }
      nextFragment() {
        let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
        if (fr) {
          this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
          this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
          while (this.trees.length) {
            this.trees.pop();
            this.start.pop();
            this.index.pop();
          }
          this.trees.push(fr.tree);
          this.start.push(-fr.offset);
          this.index.push(0);
          this.nextStart = this.safeFrom;
        } else {
          this.nextStart = 1e9;
        }
      }
      // `pos` must be >= any previously given `pos` for this cursor
      nodeAt(pos) {
        if (pos < this.nextStart)
          return null;
        while (this.fragment && this.safeTo <= pos)
          this.nextFragment();
        if (!this.fragment)
          return null;
        for (; ; ) {
          let last2 = this.trees.length - 1;
          if (last2 < 0) {
            this.nextFragment();
            return null;
          }
          if (pos < this.safeFrom)
            return null;
          let top2 = this.trees[last2], index = this.index[last2];
          if (index == top2.children.length) {
            this.trees.pop();
            this.start.pop();
            this.index.pop();
            continue;
          }
          let next = top2.children[index];
          let start = this.start[last2] + top2.positions[index];
          if (start > pos) {
            this.nextStart = start;
            return null;
          }
          if (next instanceof Tree) {
            let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
            if (start == pos || storeRepeat) {
              let end = start + next.length, lookahead;
              if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
                if (storeRepeat) {
                  this.lastRepeat = next;
                  this.lastRepeatPos = start;
                }
                if (start == pos)
                  return next;
              }
            }
            this.index[last2]++;
            if (start + next.length >= Math.max(this.safeFrom, pos)) {
              this.trees.push(next);
              this.start.push(start);
              this.index.push(0);
            }
          } else {
            this.index[last2]++;
            this.nextStart = start + next.length;
          }
        }
      }
    };
    TokenCache = class {
      constructor(parser2, stream) {
        this.stream = stream;
        this.tokens = [];
        this.mainToken = null;
        this.actions = [];
        this.tokens = parser2.tokenizers.map((_) => new CachedToken());
      }
      getActions(stack) {
        let actionIndex = 0;
        let main2 = null;
        let { parser: parser2 } = stack.p, { tokenizers } = parser2;
        let mask = parser2.stateSlot(
          stack.state,
          3
          /* ParseState.TokenizerMask */
        );
        let context = stack.curContext ? stack.curContext.hash : 0;
        let lookAhead = 0;
        for (let i2 = 0; i2 < tokenizers.length; i2++) {
          if ((1 << i2 & mask) == 0)
            continue;
          let tokenizer = tokenizers[i2], token = this.tokens[i2];
          if (main2 && !tokenizer.fallback)
            continue;
          if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
            this.updateCachedToken(token, tokenizer, stack);
            token.mask = mask;
            token.context = context;
          }
          if (token.lookAhead > token.end + 25)
            lookAhead = Math.max(token.lookAhead, lookAhead);
          if (token.value != 0) {
            let startIndex = actionIndex;
            if (token.extended > -1)
              actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
            actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
            if (!tokenizer.extend) {
              main2 = token;
              if (actionIndex > startIndex)
                break;
            }
          }
        }
        while (this.actions.length > actionIndex)
          this.actions.pop();
        if (lookAhead)
          stack.setLookAhead(lookAhead);
        if (!main2 && stack.pos == this.stream.end) {
          main2 = new CachedToken();
          main2.value = stack.p.parser.eofTerm;
          main2.start = main2.end = stack.pos;
          actionIndex = this.addActions(stack, main2.value, main2.end, actionIndex);
        }
        this.mainToken = main2;
        return this.actions;
      }
      getMainToken(stack) {
        if (this.mainToken)
          return this.mainToken;
        let main2 = new CachedToken(), { pos, p } = stack;
        main2.start = pos;
        main2.end = Math.min(pos + 1, p.stream.end);
        main2.value = pos == p.stream.end ? p.parser.eofTerm : 0;
        return main2;
      }
      updateCachedToken(token, tokenizer, stack) {
        let start = this.stream.clipPos(stack.pos);
        tokenizer.token(this.stream.reset(start, token), stack);
        if (token.value > -1) {
          let { parser: parser2 } = stack.p;
          for (let i2 = 0; i2 < parser2.specialized.length; i2++)
            if (parser2.specialized[i2] == token.value) {
              let result = parser2.specializers[i2](this.stream.read(token.start, token.end), stack);
              if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
                if ((result & 1) == 0)
                  token.value = result >> 1;
                else
                  token.extended = result >> 1;
                break;
              }
            }
        } else {
          token.value = 0;
          token.end = this.stream.clipPos(start + 1);
        }
      }
      putAction(action, token, end, index) {
        for (let i2 = 0; i2 < index; i2 += 3)
          if (this.actions[i2] == action)
            return index;
        this.actions[index++] = action;
        this.actions[index++] = token;
        this.actions[index++] = end;
        return index;
      }
      addActions(stack, token, end, index) {
        let { state: state2 } = stack, { parser: parser2 } = stack.p, { data } = parser2;
        for (let set = 0; set < 2; set++) {
          for (let i2 = parser2.stateSlot(
            state2,
            set ? 2 : 1
            /* ParseState.Actions */
          ); ; i2 += 3) {
            if (data[i2] == 65535) {
              if (data[i2 + 1] == 1) {
                i2 = pair(data, i2 + 2);
              } else {
                if (index == 0 && data[i2 + 1] == 2)
                  index = this.putAction(pair(data, i2 + 2), token, end, index);
                break;
              }
            }
            if (data[i2] == token)
              index = this.putAction(pair(data, i2 + 1), token, end, index);
          }
        }
        return index;
      }
    };
    Parse = class {
      constructor(parser2, input, fragments, ranges) {
        this.parser = parser2;
        this.input = input;
        this.ranges = ranges;
        this.recovering = 0;
        this.nextStackID = 9812;
        this.minStackPos = 0;
        this.reused = [];
        this.stoppedAt = null;
        this.lastBigReductionStart = -1;
        this.lastBigReductionSize = 0;
        this.bigReductionCount = 0;
        this.stream = new InputStream(input, ranges);
        this.tokens = new TokenCache(parser2, this.stream);
        this.topTerm = parser2.top[1];
        let { from } = ranges[0];
        this.stacks = [Stack.start(this, parser2.top[0], from)];
        this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
      }
      get parsedPos() {
        return this.minStackPos;
      }
      // Move the parser forward. This will process all parse stacks at
      // `this.pos` and try to advance them to a further position. If no
      // stack for such a position is found, it'll start error-recovery.
      //
      // When the parse is finished, this will return a syntax tree. When
      // not, it returns `null`.
      advance() {
        let stacks = this.stacks, pos = this.minStackPos;
        let newStacks = this.stacks = [];
        let stopped, stoppedTokens;
        if (this.bigReductionCount > 300 && stacks.length == 1) {
          let [s] = stacks;
          while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
          }
          this.bigReductionCount = this.lastBigReductionSize = 0;
        }
        for (let i2 = 0; i2 < stacks.length; i2++) {
          let stack = stacks[i2];
          for (; ; ) {
            this.tokens.mainToken = null;
            if (stack.pos > pos) {
              newStacks.push(stack);
            } else if (this.advanceStack(stack, newStacks, stacks)) {
              continue;
            } else {
              if (!stopped) {
                stopped = [];
                stoppedTokens = [];
              }
              stopped.push(stack);
              let tok = this.tokens.getMainToken(stack);
              stoppedTokens.push(tok.value, tok.end);
            }
            break;
          }
        }
        if (!newStacks.length) {
          let finished = stopped && findFinished(stopped);
          if (finished) {
            if (verbose)
              console.log("Finish with " + this.stackID(finished));
            return this.stackToTree(finished);
          }
          if (this.parser.strict) {
            if (verbose && stopped)
              console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
            throw new SyntaxError("No parse at " + pos);
          }
          if (!this.recovering)
            this.recovering = 5;
        }
        if (this.recovering && stopped) {
          let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
          if (finished) {
            if (verbose)
              console.log("Force-finish " + this.stackID(finished));
            return this.stackToTree(finished.forceAll());
          }
        }
        if (this.recovering) {
          let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
          if (newStacks.length > maxRemaining) {
            newStacks.sort((a, b) => b.score - a.score);
            while (newStacks.length > maxRemaining)
              newStacks.pop();
          }
          if (newStacks.some((s) => s.reducePos > pos))
            this.recovering--;
        } else if (newStacks.length > 1) {
          outer: for (let i2 = 0; i2 < newStacks.length - 1; i2++) {
            let stack = newStacks[i2];
            for (let j = i2 + 1; j < newStacks.length; j++) {
              let other = newStacks[j];
              if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
                if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
                  newStacks.splice(j--, 1);
                } else {
                  newStacks.splice(i2--, 1);
                  continue outer;
                }
              }
            }
          }
          if (newStacks.length > 12) {
            newStacks.sort((a, b) => b.score - a.score);
            newStacks.splice(
              12,
              newStacks.length - 12
              /* Rec.MaxStackCount */
            );
          }
        }
        this.minStackPos = newStacks[0].pos;
        for (let i2 = 1; i2 < newStacks.length; i2++)
          if (newStacks[i2].pos < this.minStackPos)
            this.minStackPos = newStacks[i2].pos;
        return null;
      }
      stopAt(pos) {
        if (this.stoppedAt != null && this.stoppedAt < pos)
          throw new RangeError("Can't move stoppedAt forward");
        this.stoppedAt = pos;
      }
      // See if a given tree, or a descendant right at its start, can be
      // reused in the given stack.
      tryReuse(stack, start, tree, repeatOnly) {
        if (!tree)
          return null;
        let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
        for (; tree; ) {
          let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
          if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
            stack.useNode(tree, match, start);
            return tree;
          }
          if (tree.children.length == 0 || tree.positions[0] > 0)
            break;
          let inner = tree.children[0];
          if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
            tree = inner;
          else
            break;
        }
        return null;
      }
      // Returns an updated version of the given stack, or null if the
      // stack can't advance normally. When `split` and `stacks` are
      // given, stacks split off by ambiguous operations will be pushed to
      // `split`, or added to `stacks` if they move `pos` forward.
      advanceStack(stack, stacks, split) {
        let start = stack.pos, { parser: parser2 } = this;
        let base2 = verbose ? this.stackID(stack) + " -> " : "";
        if (this.stoppedAt != null && start > this.stoppedAt)
          return stack.forceReduce() ? stack : null;
        if (this.fragments) {
          let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
          if (reused) {
            if (verbose)
              console.log(base2 + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
            return true;
          }
        }
        let defaultReduce = parser2.stateSlot(
          stack.state,
          4
          /* ParseState.DefaultReduce */
        );
        if (defaultReduce > 0) {
          stack.reduce(defaultReduce);
          if (verbose)
            console.log(base2 + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
              defaultReduce & 65535
              /* Action.ValueMask */
            )})`);
          return true;
        }
        if (stack.stack.length >= 8400) {
          while (stack.stack.length > 6e3 && stack.forceReduce()) {
          }
        }
        let actions = this.tokens.getActions(stack);
        for (let i2 = 0; i2 < actions.length; ) {
          let action = actions[i2++], term = actions[i2++], end = actions[i2++];
          let last2 = i2 == actions.length || !split;
          let localStack = last2 ? stack : stack.split();
          let main2 = this.tokens.mainToken;
          localStack.apply(action, term, main2 ? main2.start : localStack.pos, end);
          if (verbose)
            console.log(base2 + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
              action & 65535
              /* Action.ValueMask */
            )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
          if (last2)
            return true;
          else if (localStack.pos > start)
            stacks.push(localStack);
          else
            split.push(localStack);
        }
        return false;
      }
      // Advance a given stack forward as far as it will go. Returns the
      // (possibly updated) stack if it got stuck, or null if it moved
      // forward and was given to `pushStackDedup`.
      advanceFully(stack, newStacks) {
        let pos = stack.pos;
        for (; ; ) {
          if (!this.advanceStack(stack, null, null))
            return false;
          if (stack.pos > pos) {
            pushStackDedup(stack, newStacks);
            return true;
          }
        }
      }
      runRecovery(stacks, tokens, newStacks) {
        let finished = null, restarted = false;
        for (let i2 = 0; i2 < stacks.length; i2++) {
          let stack = stacks[i2], token = tokens[i2 << 1], tokenEnd = tokens[(i2 << 1) + 1];
          let base2 = verbose ? this.stackID(stack) + " -> " : "";
          if (stack.deadEnd) {
            if (restarted)
              continue;
            restarted = true;
            stack.restart();
            if (verbose)
              console.log(base2 + this.stackID(stack) + " (restarted)");
            let done = this.advanceFully(stack, newStacks);
            if (done)
              continue;
          }
          let force = stack.split(), forceBase = base2;
          for (let j = 0; j < 10 && force.forceReduce(); j++) {
            if (verbose)
              console.log(forceBase + this.stackID(force) + " (via force-reduce)");
            let done = this.advanceFully(force, newStacks);
            if (done)
              break;
            if (verbose)
              forceBase = this.stackID(force) + " -> ";
          }
          for (let insert2 of stack.recoverByInsert(token)) {
            if (verbose)
              console.log(base2 + this.stackID(insert2) + " (via recover-insert)");
            this.advanceFully(insert2, newStacks);
          }
          if (this.stream.end > stack.pos) {
            if (tokenEnd == stack.pos) {
              tokenEnd++;
              token = 0;
            }
            stack.recoverByDelete(token, tokenEnd);
            if (verbose)
              console.log(base2 + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
            pushStackDedup(stack, newStacks);
          } else if (!finished || finished.score < force.score) {
            finished = force;
          }
        }
        return finished;
      }
      // Convert the stack's buffer to a syntax tree.
      stackToTree(stack) {
        stack.close();
        return Tree.build({
          buffer: StackBufferCursor.create(stack),
          nodeSet: this.parser.nodeSet,
          topID: this.topTerm,
          maxBufferLength: this.parser.bufferLength,
          reused: this.reused,
          start: this.ranges[0].from,
          length: stack.pos - this.ranges[0].from,
          minRepeatType: this.parser.minRepeatTerm
        });
      }
      stackID(stack) {
        let id2 = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
        if (!id2)
          stackIDs.set(stack, id2 = String.fromCodePoint(this.nextStackID++));
        return id2 + stack;
      }
    };
    Dialect = class {
      constructor(source, flags, disabled) {
        this.source = source;
        this.flags = flags;
        this.disabled = disabled;
      }
      allows(term) {
        return !this.disabled || this.disabled[term] == 0;
      }
    };
    id = (x) => x;
    ContextTracker = class {
      /**
      Define a context tracker.
      */
      constructor(spec) {
        this.start = spec.start;
        this.shift = wrapContextOp(spec.shift);
        this.reduce = wrapContextOp(spec.reduce);
        this.reuse = wrapContextOp(spec.reuse);
        this.hash = spec.hash || (() => 0);
        this.strict = spec.strict !== false;
      }
    };
    LRParser = class _LRParser extends Parser {
      /**
      @internal
      */
      constructor(spec) {
        super();
        this.wrappers = [];
        if (spec.version != 14)
          throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
        let nodeNames = spec.nodeNames.split(" ");
        this.minRepeatTerm = nodeNames.length;
        for (let i2 = 0; i2 < spec.repeatNodeCount; i2++)
          nodeNames.push("");
        let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
        let nodeProps = [];
        for (let i2 = 0; i2 < nodeNames.length; i2++)
          nodeProps.push([]);
        function setProp(nodeID, prop, value) {
          nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
        }
        if (spec.nodeProps)
          for (let propSpec of spec.nodeProps) {
            let prop = propSpec[0];
            if (typeof prop == "string")
              prop = NodeProp[prop];
            for (let i2 = 1; i2 < propSpec.length; ) {
              let next = propSpec[i2++];
              if (next >= 0) {
                setProp(next, prop, propSpec[i2++]);
              } else {
                let value = propSpec[i2 + -next];
                for (let j = -next; j > 0; j--)
                  setProp(propSpec[i2++], prop, value);
                i2++;
              }
            }
          }
        this.nodeSet = new NodeSet(nodeNames.map((name2, i2) => NodeType.define({
          name: i2 >= this.minRepeatTerm ? void 0 : name2,
          id: i2,
          props: nodeProps[i2],
          top: topTerms.indexOf(i2) > -1,
          error: i2 == 0,
          skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i2) > -1
        })));
        if (spec.propSources)
          this.nodeSet = this.nodeSet.extend(...spec.propSources);
        this.strict = false;
        this.bufferLength = DefaultBufferLength;
        let tokenArray = decodeArray(spec.tokenData);
        this.context = spec.context;
        this.specializerSpecs = spec.specialized || [];
        this.specialized = new Uint16Array(this.specializerSpecs.length);
        for (let i2 = 0; i2 < this.specializerSpecs.length; i2++)
          this.specialized[i2] = this.specializerSpecs[i2].term;
        this.specializers = this.specializerSpecs.map(getSpecializer);
        this.states = decodeArray(spec.states, Uint32Array);
        this.data = decodeArray(spec.stateData);
        this.goto = decodeArray(spec.goto);
        this.maxTerm = spec.maxTerm;
        this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
        this.topRules = spec.topRules;
        this.dialects = spec.dialects || {};
        this.dynamicPrecedences = spec.dynamicPrecedences || null;
        this.tokenPrecTable = spec.tokenPrec;
        this.termNames = spec.termNames || null;
        this.maxNode = this.nodeSet.types.length - 1;
        this.dialect = this.parseDialect();
        this.top = this.topRules[Object.keys(this.topRules)[0]];
      }
      createParse(input, fragments, ranges) {
        let parse2 = new Parse(this, input, fragments, ranges);
        for (let w of this.wrappers)
          parse2 = w(parse2, input, fragments, ranges);
        return parse2;
      }
      /**
      Get a goto table entry @internal
      */
      getGoto(state2, term, loose = false) {
        let table = this.goto;
        if (term >= table[0])
          return -1;
        for (let pos = table[term + 1]; ; ) {
          let groupTag = table[pos++], last2 = groupTag & 1;
          let target = table[pos++];
          if (last2 && loose)
            return target;
          for (let end = pos + (groupTag >> 1); pos < end; pos++)
            if (table[pos] == state2)
              return target;
          if (last2)
            return -1;
        }
      }
      /**
      Check if this state has an action for a given terminal @internal
      */
      hasAction(state2, terminal) {
        let data = this.data;
        for (let set = 0; set < 2; set++) {
          for (let i2 = this.stateSlot(
            state2,
            set ? 2 : 1
            /* ParseState.Actions */
          ), next; ; i2 += 3) {
            if ((next = data[i2]) == 65535) {
              if (data[i2 + 1] == 1)
                next = data[i2 = pair(data, i2 + 2)];
              else if (data[i2 + 1] == 2)
                return pair(data, i2 + 2);
              else
                break;
            }
            if (next == terminal || next == 0)
              return pair(data, i2 + 1);
          }
        }
        return 0;
      }
      /**
      @internal
      */
      stateSlot(state2, slot) {
        return this.states[state2 * 6 + slot];
      }
      /**
      @internal
      */
      stateFlag(state2, flag) {
        return (this.stateSlot(
          state2,
          0
          /* ParseState.Flags */
        ) & flag) > 0;
      }
      /**
      @internal
      */
      validAction(state2, action) {
        return !!this.allActions(state2, (a) => a == action ? true : null);
      }
      /**
      @internal
      */
      allActions(state2, action) {
        let deflt = this.stateSlot(
          state2,
          4
          /* ParseState.DefaultReduce */
        );
        let result = deflt ? action(deflt) : void 0;
        for (let i2 = this.stateSlot(
          state2,
          1
          /* ParseState.Actions */
        ); result == null; i2 += 3) {
          if (this.data[i2] == 65535) {
            if (this.data[i2 + 1] == 1)
              i2 = pair(this.data, i2 + 2);
            else
              break;
          }
          result = action(pair(this.data, i2 + 1));
        }
        return result;
      }
      /**
      Get the states that can follow this one through shift actions or
      goto jumps. @internal
      */
      nextStates(state2) {
        let result = [];
        for (let i2 = this.stateSlot(
          state2,
          1
          /* ParseState.Actions */
        ); ; i2 += 3) {
          if (this.data[i2] == 65535) {
            if (this.data[i2 + 1] == 1)
              i2 = pair(this.data, i2 + 2);
            else
              break;
          }
          if ((this.data[i2 + 2] & 65536 >> 16) == 0) {
            let value = this.data[i2 + 1];
            if (!result.some((v, i3) => i3 & 1 && v == value))
              result.push(this.data[i2], value);
          }
        }
        return result;
      }
      /**
      Configure the parser. Returns a new parser instance that has the
      given settings modified. Settings not provided in `config` are
      kept from the original parser.
      */
      configure(config) {
        let copy2 = Object.assign(Object.create(_LRParser.prototype), this);
        if (config.props)
          copy2.nodeSet = this.nodeSet.extend(...config.props);
        if (config.top) {
          let info = this.topRules[config.top];
          if (!info)
            throw new RangeError(`Invalid top rule name ${config.top}`);
          copy2.top = info;
        }
        if (config.tokenizers)
          copy2.tokenizers = this.tokenizers.map((t3) => {
            let found = config.tokenizers.find((r) => r.from == t3);
            return found ? found.to : t3;
          });
        if (config.specializers) {
          copy2.specializers = this.specializers.slice();
          copy2.specializerSpecs = this.specializerSpecs.map((s, i2) => {
            let found = config.specializers.find((r) => r.from == s.external);
            if (!found)
              return s;
            let spec = Object.assign(Object.assign({}, s), { external: found.to });
            copy2.specializers[i2] = getSpecializer(spec);
            return spec;
          });
        }
        if (config.contextTracker)
          copy2.context = config.contextTracker;
        if (config.dialect)
          copy2.dialect = this.parseDialect(config.dialect);
        if (config.strict != null)
          copy2.strict = config.strict;
        if (config.wrap)
          copy2.wrappers = copy2.wrappers.concat(config.wrap);
        if (config.bufferLength != null)
          copy2.bufferLength = config.bufferLength;
        return copy2;
      }
      /**
      Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
      are registered for this parser.
      */
      hasWrappers() {
        return this.wrappers.length > 0;
      }
      /**
      Returns the name associated with a given term. This will only
      work for all terms when the parser was generated with the
      `--names` option. By default, only the names of tagged terms are
      stored.
      */
      getName(term) {
        return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
      }
      /**
      The eof term id is always allocated directly after the node
      types. @internal
      */
      get eofTerm() {
        return this.maxNode + 1;
      }
      /**
      The type of top node produced by the parser.
      */
      get topNode() {
        return this.nodeSet.types[this.top[1]];
      }
      /**
      @internal
      */
      dynamicPrecedence(term) {
        let prec2 = this.dynamicPrecedences;
        return prec2 == null ? 0 : prec2[term] || 0;
      }
      /**
      @internal
      */
      parseDialect(dialect) {
        let values = Object.keys(this.dialects), flags = values.map(() => false);
        if (dialect)
          for (let part of dialect.split(" ")) {
            let id2 = values.indexOf(part);
            if (id2 >= 0)
              flags[id2] = true;
          }
        let disabled = null;
        for (let i2 = 0; i2 < values.length; i2++)
          if (!flags[i2]) {
            for (let j = this.dialects[values[i2]], id2; (id2 = this.data[j++]) != 65535; )
              (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id2] = 1;
          }
        return new Dialect(dialect, flags, disabled);
      }
      /**
      Used by the output of the parser generator. Not available to
      user code. @hide
      */
      static deserialize(spec) {
        return new _LRParser(spec);
      }
    };
  }
});

// node_modules/@lezer/python/dist/index.js
function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn;
}
function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
function Context(parent2, indent2, flags) {
  this.parent = parent2;
  this.indent = indent2;
  this.flags = flags;
  this.hash = (parent2 ? parent2.hash + parent2.hash << 8 : 0) + indent2 + (indent2 << 4) + flags + (flags << 6);
}
function countIndent(space2) {
  let depth = 0;
  for (let i2 = 0; i2 < space2.length; i2++)
    depth += space2.charCodeAt(i2) == tab ? 8 - depth % 8 : 1;
  return depth;
}
function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i2 = 0; i2 < 2 && input.next >= 48 && input.next <= 55; i2++) input.advance();
  } else if (ch == letter_x) {
    for (let i2 = 0; i2 < 2 && isHex(input.next); i2++) input.advance();
  } else if (ch == letter_u) {
    for (let i2 = 0; i2 < 4 && isHex(input.next); i2++) input.advance();
  } else if (ch == letter_U) {
    for (let i2 = 0; i2 < 8 && isHex(input.next); i2++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote && input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}
var printKeyword, indent, dedent, newline$1, blankLineStart, newlineBracketed, eof, stringContent, Escape, replacementStart, stringEnd, ParenL, ParenthesizedExpression, TupleExpression, ComprehensionExpression, BracketL, ArrayExpression, ArrayComprehensionExpression, BraceL, DictionaryExpression, DictionaryComprehensionExpression, SetExpression, SetComprehensionExpression, ArgList, subscript, String$1, stringStart, stringStartD, stringStartL, stringStartLD, stringStartR, stringStartRD, stringStartRL, stringStartRLD, FormatString, stringStartF, stringStartFD, stringStartFL, stringStartFLD, stringStartFR, stringStartFRD, stringStartFRL, stringStartFRLD, FormatReplacement, nestedFormatReplacement, importList, TypeParamList, ParamList, SequencePattern, MappingPattern, PatternArgList, newline, carriageReturn, space, tab, hash, parenOpen, dot, braceOpen, braceClose, singleQuote, doubleQuote, backslash, letter_o, letter_x, letter_N, letter_u, letter_U, bracketed, newlines, indentation, cx_Bracketed, cx_String, cx_DoubleQuote, cx_Long, cx_Raw, cx_Format, topIndent2, stringFlags, trackIndent, legacyPrint, strings, pythonHighlighting, spec_identifier, parser;
var init_dist8 = __esm({
  "node_modules/@lezer/python/dist/index.js"() {
    init_dist7();
    init_dist4();
    printKeyword = 1;
    indent = 194;
    dedent = 195;
    newline$1 = 196;
    blankLineStart = 197;
    newlineBracketed = 198;
    eof = 199;
    stringContent = 200;
    Escape = 2;
    replacementStart = 3;
    stringEnd = 201;
    ParenL = 24;
    ParenthesizedExpression = 25;
    TupleExpression = 49;
    ComprehensionExpression = 50;
    BracketL = 55;
    ArrayExpression = 56;
    ArrayComprehensionExpression = 57;
    BraceL = 59;
    DictionaryExpression = 60;
    DictionaryComprehensionExpression = 61;
    SetExpression = 62;
    SetComprehensionExpression = 63;
    ArgList = 65;
    subscript = 238;
    String$1 = 71;
    stringStart = 241;
    stringStartD = 242;
    stringStartL = 243;
    stringStartLD = 244;
    stringStartR = 245;
    stringStartRD = 246;
    stringStartRL = 247;
    stringStartRLD = 248;
    FormatString = 72;
    stringStartF = 249;
    stringStartFD = 250;
    stringStartFL = 251;
    stringStartFLD = 252;
    stringStartFR = 253;
    stringStartFRD = 254;
    stringStartFRL = 255;
    stringStartFRLD = 256;
    FormatReplacement = 73;
    nestedFormatReplacement = 77;
    importList = 263;
    TypeParamList = 112;
    ParamList = 130;
    SequencePattern = 151;
    MappingPattern = 152;
    PatternArgList = 155;
    newline = 10;
    carriageReturn = 13;
    space = 32;
    tab = 9;
    hash = 35;
    parenOpen = 40;
    dot = 46;
    braceOpen = 123;
    braceClose = 125;
    singleQuote = 39;
    doubleQuote = 34;
    backslash = 92;
    letter_o = 111;
    letter_x = 120;
    letter_N = 78;
    letter_u = 117;
    letter_U = 85;
    bracketed = /* @__PURE__ */ new Set([
      ParenthesizedExpression,
      TupleExpression,
      ComprehensionExpression,
      importList,
      ArgList,
      ParamList,
      ArrayExpression,
      ArrayComprehensionExpression,
      subscript,
      SetExpression,
      SetComprehensionExpression,
      FormatString,
      FormatReplacement,
      nestedFormatReplacement,
      DictionaryExpression,
      DictionaryComprehensionExpression,
      SequencePattern,
      MappingPattern,
      PatternArgList,
      TypeParamList
    ]);
    newlines = new ExternalTokenizer((input, stack) => {
      let prev;
      if (input.next < 0) {
        input.acceptToken(eof);
      } else if (stack.context.flags & cx_Bracketed) {
        if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
      } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) && stack.canShift(blankLineStart)) {
        let spaces = 0;
        while (input.next == space || input.next == tab) {
          input.advance();
          spaces++;
        }
        if (input.next == newline || input.next == carriageReturn || input.next == hash)
          input.acceptToken(blankLineStart, -spaces);
      } else if (isLineBreak(input.next)) {
        input.acceptToken(newline$1, 1);
      }
    }, { contextual: true });
    indentation = new ExternalTokenizer((input, stack) => {
      let context = stack.context;
      if (context.flags) return;
      let prev = input.peek(-1);
      if (prev == newline || prev == carriageReturn) {
        let depth = 0, chars = 0;
        for (; ; ) {
          if (input.next == space) depth++;
          else if (input.next == tab) depth += 8 - depth % 8;
          else break;
          input.advance();
          chars++;
        }
        if (depth != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
          if (depth < context.indent) input.acceptToken(dedent, -chars);
          else input.acceptToken(indent);
        }
      }
    });
    cx_Bracketed = 1;
    cx_String = 2;
    cx_DoubleQuote = 4;
    cx_Long = 8;
    cx_Raw = 16;
    cx_Format = 32;
    topIndent2 = new Context(null, 0, 0);
    stringFlags = new Map([
      [stringStart, 0],
      [stringStartD, cx_DoubleQuote],
      [stringStartL, cx_Long],
      [stringStartLD, cx_Long | cx_DoubleQuote],
      [stringStartR, cx_Raw],
      [stringStartRD, cx_Raw | cx_DoubleQuote],
      [stringStartRL, cx_Raw | cx_Long],
      [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
      [stringStartF, cx_Format],
      [stringStartFD, cx_Format | cx_DoubleQuote],
      [stringStartFL, cx_Format | cx_Long],
      [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
      [stringStartFR, cx_Format | cx_Raw],
      [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
      [stringStartFRL, cx_Format | cx_Raw | cx_Long],
      [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
    ].map(([term, flags]) => [term, flags | cx_String]));
    trackIndent = new ContextTracker({
      start: topIndent2,
      reduce(context, term, _, input) {
        if (context.flags & cx_Bracketed && bracketed.has(term) || (term == String$1 || term == FormatString) && context.flags & cx_String)
          return context.parent;
        return context;
      },
      shift(context, term, stack, input) {
        if (term == indent)
          return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0);
        if (term == dedent)
          return context.parent;
        if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
          return new Context(context, 0, cx_Bracketed);
        if (stringFlags.has(term))
          return new Context(context, 0, stringFlags.get(term) | context.flags & cx_Bracketed);
        return context;
      },
      hash(context) {
        return context.hash;
      }
    });
    legacyPrint = new ExternalTokenizer((input) => {
      for (let i2 = 0; i2 < 5; i2++) {
        if (input.next != "print".charCodeAt(i2)) return;
        input.advance();
      }
      if (/\w/.test(String.fromCharCode(input.next))) return;
      for (let off = 0; ; off++) {
        let next = input.peek(off);
        if (next == space || next == tab) continue;
        if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
          input.acceptToken(printKeyword);
        return;
      }
    });
    strings = new ExternalTokenizer((input, stack) => {
      let { flags } = stack.context;
      let quote = flags & cx_DoubleQuote ? doubleQuote : singleQuote;
      let long = (flags & cx_Long) > 0;
      let escapes = !(flags & cx_Raw);
      let format = (flags & cx_Format) > 0;
      let start = input.pos;
      for (; ; ) {
        if (input.next < 0) {
          break;
        } else if (format && input.next == braceOpen) {
          if (input.peek(1) == braceOpen) {
            input.advance(2);
          } else {
            if (input.pos == start) {
              input.acceptToken(replacementStart, 1);
              return;
            }
            break;
          }
        } else if (escapes && input.next == backslash) {
          if (input.pos == start) {
            input.advance();
            let escaped = input.next;
            if (escaped >= 0) {
              input.advance();
              skipEscape(input, escaped);
            }
            input.acceptToken(Escape);
            return;
          }
          break;
        } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
          input.advance(2);
        } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
          if (input.pos == start) {
            input.acceptToken(stringEnd, long ? 3 : 1);
            return;
          }
          break;
        } else if (input.next == newline) {
          if (long) {
            input.advance();
          } else if (input.pos == start) {
            input.acceptToken(stringEnd);
            return;
          }
          break;
        } else {
          input.advance();
        }
      }
      if (input.pos > start) input.acceptToken(stringContent);
    });
    pythonHighlighting = styleTags({
      'async "*" "**" FormatConversion FormatSpec': tags.modifier,
      "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
      "in not and or is del": tags.operatorKeyword,
      "from def class global nonlocal lambda": tags.definitionKeyword,
      import: tags.moduleKeyword,
      "with as print": tags.keyword,
      Boolean: tags.bool,
      None: tags.null,
      VariableName: tags.variableName,
      "CallExpression/VariableName": tags.function(tags.variableName),
      "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
      "ClassDefinition/VariableName": tags.definition(tags.className),
      PropertyName: tags.propertyName,
      "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
      Comment: tags.lineComment,
      Number: tags.number,
      String: tags.string,
      FormatString: tags.special(tags.string),
      Escape: tags.escape,
      UpdateOp: tags.updateOperator,
      "ArithOp!": tags.arithmeticOperator,
      BitOp: tags.bitwiseOperator,
      CompareOp: tags.compareOperator,
      AssignOp: tags.definitionOperator,
      Ellipsis: tags.punctuation,
      At: tags.meta,
      "( )": tags.paren,
      "[ ]": tags.squareBracket,
      "{ }": tags.brace,
      ".": tags.derefOperator,
      ", ;": tags.separator
    });
    spec_identifier = { __proto__: null, await: 44, or: 54, and: 56, in: 60, not: 62, is: 64, if: 70, else: 72, lambda: 76, yield: 94, from: 96, async: 102, for: 104, None: 162, True: 164, False: 164, del: 178, pass: 182, break: 186, continue: 190, return: 194, raise: 202, import: 206, as: 208, global: 212, nonlocal: 214, assert: 218, type: 223, elif: 236, while: 240, try: 246, except: 248, finally: 250, with: 254, def: 258, class: 268, match: 279, case: 285 };
    parser = LRParser.deserialize({
      version: 14,
      states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
      stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
      goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
      nodeNames: "⚠ print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
      maxTerm: 277,
      context: trackIndent,
      nodeProps: [
        ["isolate", -5, 4, 71, 72, 73, 77, ""],
        ["group", -15, 6, 85, 87, 88, 90, 92, 94, 96, 98, 99, 100, 102, 105, 108, 110, "Statement Statement", -22, 8, 18, 21, 25, 40, 49, 50, 56, 57, 60, 61, 62, 63, 64, 67, 70, 71, 72, 79, 80, 81, 82, "Expression", -10, 114, 116, 119, 121, 122, 126, 128, 133, 135, 138, "Statement", -9, 143, 144, 147, 148, 150, 151, 152, 153, 154, "Pattern"],
        ["openedBy", 23, "(", 54, "[", 58, "{"],
        ["closedBy", 24, ")", 55, "]", 59, "}"]
      ],
      propSources: [pythonHighlighting],
      skippedNodes: [0, 4],
      repeatNodeCount: 34,
      tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
      tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
      topRules: { "Script": [0, 5] },
      specialized: [{ term: 221, get: (value) => spec_identifier[value] || -1 }],
      tokenPrec: 7668
    });
  }
});

// node_modules/@codemirror/lang-python/dist/index.js
function innerBody(context) {
  let { node, pos } = context;
  let lineIndent = context.lineIndent(pos, -1);
  let found = null;
  for (; ; ) {
    let before = node.childBefore(pos);
    if (!before) {
      break;
    } else if (before.name == "Comment") {
      pos = before.from;
    } else if (before.name == "Body" || before.name == "MatchBody") {
      if (context.baseIndentFor(before) + context.unit <= lineIndent)
        found = before;
      node = before;
    } else if (before.name == "MatchClause") {
      node = before;
    } else if (before.type.is("Statement")) {
      node = before;
    } else {
      break;
    }
  }
  return found;
}
function indentBody(context, node) {
  let base2 = context.baseIndentFor(node);
  let line = context.lineAt(context.pos, -1), to = line.from + line.text.length;
  if (/^\s*($|#)/.test(line.text) && context.node.to < to + 100 && !/\S/.test(context.state.sliceDoc(to, context.node.to)) && context.lineIndent(context.pos, -1) <= base2)
    return null;
  if (/^\s*(else:|elif |except |finally:|case\s+[^=:]+:)/.test(context.textAfter) && context.lineIndent(context.pos, -1) > base2)
    return null;
  return base2 + context.unit;
}
var pythonLanguage;
var init_dist9 = __esm({
  "node_modules/@codemirror/lang-python/dist/index.js"() {
    init_dist8();
    init_dist5();
    init_dist3();
    pythonLanguage = /* @__PURE__ */ LRLanguage.define({
      name: "python",
      parser: /* @__PURE__ */ parser.configure({
        props: [
          /* @__PURE__ */ indentNodeProp.add({
            Body: (context) => {
              var _a2;
              let body = /^\s*(#|$)/.test(context.textAfter) && innerBody(context) || context.node;
              return (_a2 = indentBody(context, body)) !== null && _a2 !== void 0 ? _a2 : context.continue();
            },
            MatchBody: (context) => {
              var _a2;
              let inner = innerBody(context);
              return (_a2 = indentBody(context, inner || context.node)) !== null && _a2 !== void 0 ? _a2 : context.continue();
            },
            IfStatement: (cx) => /^\s*(else:|elif )/.test(cx.textAfter) ? cx.baseIndent : cx.continue(),
            "ForStatement WhileStatement": (cx) => /^\s*else:/.test(cx.textAfter) ? cx.baseIndent : cx.continue(),
            TryStatement: (cx) => /^\s*(except[ :]|finally:|else:)/.test(cx.textAfter) ? cx.baseIndent : cx.continue(),
            MatchStatement: (cx) => {
              if (/^\s*case /.test(cx.textAfter))
                return cx.baseIndent + cx.unit;
              return cx.continue();
            },
            "TupleExpression ComprehensionExpression ParamList ArgList ParenthesizedExpression": /* @__PURE__ */ delimitedIndent({ closing: ")" }),
            "DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression": /* @__PURE__ */ delimitedIndent({ closing: "}" }),
            "ArrayExpression ArrayComprehensionExpression": /* @__PURE__ */ delimitedIndent({ closing: "]" }),
            MemberExpression: (cx) => cx.baseIndent + cx.unit,
            "String FormatString": () => null,
            Script: (context) => {
              var _a2;
              let inner = innerBody(context);
              return (_a2 = inner && indentBody(context, inner)) !== null && _a2 !== void 0 ? _a2 : context.continue();
            }
          }),
          /* @__PURE__ */ foldNodeProp.add({
            "ArrayExpression DictionaryExpression SetExpression TupleExpression": foldInside,
            Body: (node, state2) => ({ from: node.from + 1, to: node.to - (node.to == state2.doc.length ? 0 : 1) }),
            "String FormatString": (node, state2) => ({ from: state2.doc.lineAt(node.from).to, to: node.to })
          })
        ]
      }),
      languageData: {
        closeBrackets: {
          brackets: ["(", "[", "{", "'", '"', "'''", '"""'],
          stringPrefixes: [
            "f",
            "fr",
            "rf",
            "r",
            "u",
            "b",
            "br",
            "rb",
            "F",
            "FR",
            "RF",
            "R",
            "U",
            "B",
            "BR",
            "RB"
          ]
        },
        commentTokens: { line: "#" },
        // Indent logic logic are triggered upon below input patterns
        indentOnInput: /^\s*([\}\]\)]|else:|elif |except |finally:|case\s+[^:]*:?)$/
      }
    });
  }
});

// frontend/js/editormarks.js
function errorSpan(doc2, line, column) {
  const row = doc2.line(Math.min(Math.max(line, 1), doc2.lines));
  const chars = Array.from(row.text);
  const at = Math.min(Math.max(column - 1, 0), chars.length);
  const before = chars.slice(0, at).join("").length;
  const rest = chars.slice(at).join("");
  const token = /^[\p{L}\p{N}_.]+/u.exec(rest)?.[0] ?? Array.from(rest)[0] ?? "";
  const from = row.from + before;
  return { from, to: token.trim() ? from + token.length : from };
}
var setError, Missing, underline, missing, errorField, setLineMarks, Mark, marksField, editorMarks;
var init_editormarks = __esm({
  "frontend/js/editormarks.js"() {
    "use strict";
    init_dist();
    init_dist2();
    setError = /** @type {StateEffectType<
    {line: number | null, column: number | null} | null>} */
    StateEffect.define();
    Missing = class extends WidgetType {
      /** @param {EditorView} view */
      toDOM(view) {
        const span = view.dom.ownerDocument.createElement("span");
        span.className = "error-mark error-missing";
        return span;
      }
      eq() {
        return true;
      }
    };
    underline = Decoration.mark({ class: "error-mark" });
    missing = Decoration.widget({ widget: new Missing(), side: 1 });
    errorField = StateField.define({
      /** @returns {{invalid: boolean, marks: DecorationSet}} */
      create: () => ({ invalid: false, marks: Decoration.none }),
      update(value, tr) {
        let { invalid, marks: marks2 } = value;
        marks2 = marks2.map(tr.changes);
        for (const effect of tr.effects) {
          if (!effect.is(setError)) continue;
          invalid = effect.value !== null;
          marks2 = Decoration.none;
          if (effect.value?.line) {
            const { from, to } = errorSpan(tr.state.doc, effect.value.line, effect.value.column ?? 1);
            marks2 = Decoration.set(to > from ? underline.range(from, to) : missing.range(from));
          }
        }
        return { invalid, marks: marks2 };
      },
      provide: (field) => [
        EditorView.decorations.from(field, (value) => value.marks),
        EditorView.contentAttributes.from(field, (value) => (
          /** @type {Record<string, string>} */
          value.invalid ? { "aria-invalid": "true" } : {}
        )),
        EditorView.editorAttributes.from(field, (value) => (
          /** @type {Record<string, string>} */
          value.invalid ? { class: "invalid" } : {}
        ))
      ]
    });
    setLineMarks = /** @type {StateEffectType<LineMark[]>} */
    StateEffect.define();
    Mark = class _Mark extends GutterMarker {
      /** @param {() => HTMLElement} make */
      constructor(make) {
        super();
        this.make = make;
      }
      /** @param {GutterMarker} other */
      eq(other) {
        return other instanceof _Mark && other.make === this.make;
      }
      toDOM() {
        return this.make();
      }
    };
    marksField = StateField.define({
      /** @returns {RangeSet<Mark>} */
      create: () => RangeSet.empty,
      update(marks2, tr) {
        marks2 = marks2.map(tr.changes);
        for (const effect of tr.effects) {
          if (!effect.is(setLineMarks)) continue;
          const { doc: doc2 } = tr.state;
          marks2 = RangeSet.of(effect.value.filter((m) => m.line >= 1 && m.line <= doc2.lines).map((m) => new Mark(m.make).range(doc2.line(m.line).from)), true);
        }
        return marks2;
      }
    });
    editorMarks = [
      errorField,
      marksField,
      gutter({ class: "check-gutter", markers: (view) => view.state.field(marksField) })
    ];
  }
});

// frontend/js/editorview.js
var editorview_exports = {};
__export(editorview_exports, {
  mountEditorView: () => mountEditorView
});
function mountEditorView(textarea2, { onChange, onRun }) {
  const doc2 = textarea2.ownerDocument;
  const run = () => {
    onRun();
    return true;
  };
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea2.value,
      selection: EditorSelection.single(textarea2.selectionStart, textarea2.selectionEnd),
      extensions: [
        editorMarks,
        lineNumbers(),
        history2(),
        pythonLanguage,
        syntaxHighlighting(classHighlighter),
        // tok-keyword, tok-number…: coloured by CSS
        bracketMatching(),
        indentUnit.of(INDENT),
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run },
          { key: "Ctrl-Enter", run },
          // on a Mac too
          { key: "Tab", run: indentOrType, shift: indentLess }
        ])),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        // Esc then Tab leaves the editor, however long after: CodeMirror's own escape lasts
        // two seconds, so it is held here until another key is pressed or the focus goes.
        EditorView.domEventObservers({
          keydown(event, v) {
            if (event.key === "Escape") v.setTabFocusMode(true);
            else if (!MODIFIERS.includes(event.key)) v.setTabFocusMode(false);
          },
          blur(_event, v) {
            v.setTabFocusMode(false);
          }
        }),
        EditorView.contentAttributes.of(accessibleName(textarea2)),
        EditorView.updateListener.of((update2) => {
          if (update2.docChanged && !update2.transactions.every((tr) => tr.annotation(fromPage))) {
            onChange();
          }
        })
      ]
    })
  });
  view.dom.style.setProperty("--rows", String(textarea2.rows || 4));
  const focused = doc2.activeElement === textarea2;
  textarea2.replaceWith(view.dom);
  if (focused) view.focus();
  const label = doc2.querySelector(`label[for="${textarea2.id}"]`);
  const focus = () => view.focus();
  label?.addEventListener("click", focus);
  return {
    get value() {
      return view.state.doc.toString();
    },
    get element() {
      return view.dom;
    },
    setValue(source) {
      if (view.state.doc.toString() === source) return;
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: source },
        annotations: fromPage.of(true)
      });
    },
    showError: (place3) => view.dispatch({ effects: setError.of(place3) }),
    setLineMarks: (marks2) => view.dispatch({ effects: setLineMarks.of(marks2) }),
    // in view, without moving the caret or the focus
    revealLine(line) {
      const at = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines)).from;
      view.dispatch({ effects: EditorView.scrollIntoView(at, { y: "nearest", yMargin: 24 }) });
    },
    destroy() {
      label?.removeEventListener("click", focus);
      view.destroy();
    }
  };
}
function accessibleName(textarea2) {
  const attrs = { id: textarea2.id };
  for (const name2 of ["aria-label", "aria-labelledby", "aria-describedby"]) {
    const value = textarea2.getAttribute(name2);
    if (value) attrs[name2] = value;
  }
  const label = textarea2.ownerDocument.querySelector(`label[for="${textarea2.id}"]`);
  if (label && !attrs["aria-labelledby"]) {
    label.id ||= `${textarea2.id}-label`;
    attrs["aria-labelledby"] = label.id;
  }
  return attrs;
}
var INDENT, MODIFIERS, fromPage, indentOrType;
var init_editorview = __esm({
  "frontend/js/editorview.js"() {
    "use strict";
    init_dist6();
    init_dist9();
    init_dist5();
    init_dist();
    init_dist2();
    init_dist4();
    init_editormarks();
    INDENT = "  ";
    MODIFIERS = ["Shift", "Control", "Alt", "Meta", "CapsLock", "Escape"];
    fromPage = Annotation.define();
    indentOrType = (view) => {
      const { state: state2 } = view;
      const spans = state2.selection.ranges.some((r) => state2.doc.lineAt(r.from).number !== state2.doc.lineAt(r.to).number);
      if (spans) return indentMore(view);
      view.dispatch(state2.replaceSelection(INDENT), { scrollIntoView: true, userEvent: "input" });
      return true;
    };
  }
});

// frontend/js/i18n.js
var LANGUAGES = ["en", "ru"];
var FALLBACK = "en";
function known(tag) {
  if (typeof tag !== "string" || !tag.trim()) return null;
  const primary = tag.trim().replace("_", "-").split("-")[0].toLowerCase();
  return LANGUAGES.includes(primary) ? primary : null;
}
function pickLanguage(search, browserLanguages = []) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search ?? "");
  const fromUrl = known(params.get("lang"));
  if (fromUrl) return fromUrl;
  const prefs = typeof browserLanguages === "string" ? [browserLanguages] : browserLanguages;
  for (const tag of prefs ?? []) {
    const lang = known(tag);
    if (lang) return lang;
  }
  return FALLBACK;
}
function fill(template, params = {}) {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name2) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return Object.hasOwn(params, name2) ? String(params[name2]) : match;
  });
}
function translator(catalogs, lang) {
  const own = catalogs?.[lang] ?? {};
  const fallback = catalogs?.[FALLBACK] ?? {};
  return (key, params) => {
    const template = Object.hasOwn(own, key) ? own[key] : Object.hasOwn(fallback, key) ? fallback[key] : key;
    return fill(template, params);
  };
}
function readCatalogs(doc2) {
  const el4 = doc2?.getElementById?.("cgviz-messages");
  if (!el4) return {};
  try {
    const data = JSON.parse(el4.textContent ?? "");
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}
var active = { lang: FALLBACK, t: translator({}, FALLBACK) };
function setLanguage(lang, catalogs) {
  const chosen = known(lang) ?? FALLBACK;
  active = { lang: chosen, t: translator(catalogs, chosen) };
  return chosen;
}
function language() {
  return active.lang;
}
function t(key, params) {
  return active.t(key, params);
}
var KEYCAPS = {
  ctrl: "Ctrl",
  enter: "Enter",
  tab: "Tab",
  esc: "Esc",
  left: "←",
  right: "→",
  space: "Space",
  home: "Home",
  end: "End"
};
function keyParts(template) {
  const parts = [];
  let last2 = 0;
  for (const m of template.matchAll(/\{([a-z]+)\}/g)) {
    if (!Object.hasOwn(KEYCAPS, m[1])) continue;
    if (m.index > last2) parts.push(template.slice(last2, m.index));
    parts.push({ cap: KEYCAPS[m[1]] });
    last2 = m.index + m[0].length;
  }
  if (last2 < template.length) parts.push(template.slice(last2));
  return parts;
}
var ATTRIBUTES = { i18nTitle: "title", i18nAriaLabel: "aria-label" };
function translatePage(root) {
  const doc2 = root.ownerDocument ?? root;
  const marked = root.querySelectorAll("[data-i18n], [data-i18n-title], [data-i18n-aria-label], [data-i18n-keys]");
  for (const el4 of marked) {
    if (el4.dataset.i18n) el4.textContent = t(el4.dataset.i18n);
    for (const [data, attribute] of Object.entries(ATTRIBUTES)) {
      if (el4.dataset[data]) el4.setAttribute(attribute, t(el4.dataset[data]));
    }
    if (el4.dataset.i18nKeys) {
      el4.replaceChildren(...keyParts(t(el4.dataset.i18nKeys)).map((part) => typeof part === "string" ? part : Object.assign(doc2.createElement("kbd"), { textContent: part.cap })));
    }
  }
  if (doc2.documentElement) doc2.documentElement.lang = language();
}

// frontend/js/root.js
var here = new URL(import.meta.url);
var STATIC = /\/static\/(?:v-[0-9a-f]{12}\/)?(?:js|dist)\/[^/]*$/;
var ROOT = here.pathname.replace(STATIC, "");
var ROOT_URL = `${here.origin}${ROOT}`;

// frontend/js/format.js
var NONFINITE = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };
function toNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v in NONFINITE) return NONFINITE[v];
  return Number(v);
}
function equalsDecimal(v, mantissa, exp10) {
  let n = Math.abs(v);
  let k = 0n;
  while (!Number.isInteger(n)) {
    n *= 2;
    k += 1n;
  }
  const big = BigInt(n);
  const c = BigInt(mantissa);
  const two = 2n ** k;
  if (exp10 >= 0) return big === c * 10n ** BigInt(exp10) * two;
  return big * 10n ** BigInt(-exp10) === c * two;
}
function pyFixed(v, d) {
  if (Math.abs(v) >= 1e21) {
    const int = BigInt(v).toString();
    return d > 0 ? `${int}.${"0".repeat(d)}` : int;
  }
  const away = v.toFixed(d);
  const longer = v.toFixed(d + 1);
  if (!longer.endsWith("5")) return away;
  const digits = longer.replace(/^-/, "").replace(".", "");
  if (!equalsDecimal(v, digits, -(d + 1))) return away;
  const cut = d === 0 ? longer.slice(0, -2) : longer.slice(0, -1);
  const last2 = Number(cut[cut.length - 1]);
  return last2 % 2 === 0 ? cut : away;
}
function pyExponent(v) {
  const split = (text) => {
    const [m, e2] = text.split("e");
    return [m, Number(e2)];
  };
  const away = split(v.toExponential(2));
  const [longer, e] = split(v.toExponential(3));
  if (!longer.endsWith("5")) return away;
  if (!equalsDecimal(v, longer.replace(/^-/, "").replace(".", ""), e - 3)) return away;
  const cut = longer.slice(0, -1);
  return Number(cut[cut.length - 1]) % 2 === 0 ? [cut, e] : away;
}
function formatNumber(x, digits = 2) {
  const v = toNumber(x);
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "-∞";
  const a = Math.abs(v);
  if (a >= 1e5 || a !== 0 && a < 0.5 * Number(`1e-${digits}`)) {
    const [mantissa, exponent] = pyExponent(v);
    return `${mantissa}e${exponent}`;
  }
  const text = pyFixed(v, digits);
  return Number(text) === 0 ? pyFixed(0, digits) : text;
}
function formatShape(shape) {
  return (shape || []).join("×");
}
function flatten(value) {
  const shape = [];
  let level = value;
  for (; Array.isArray(level); level = level[0]) shape.push(level.length);
  let items = [value];
  for (let depth = 0; depth < shape.length; depth += 1) items = items.flat(1);
  return [
    /** @type {JsonNumber[]} */
    items.map(toNumber),
    shape
  ];
}
function pairwiseSum(a, lo, n) {
  if (n < 8) {
    let res = 0;
    for (let i2 = lo; i2 < lo + n; i2 += 1) res += a[i2];
    return res;
  }
  if (n <= 128) {
    const r = a.slice(lo, lo + 8);
    let i2 = 8;
    for (; i2 < n - n % 8; i2 += 8) {
      for (let j = 0; j < 8; j += 1) r[j] += a[lo + i2 + j];
    }
    let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i2 < n; i2 += 1) res += a[lo + i2];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, lo, n2) + pairwiseSum(a, lo + n2, n - n2);
}
function isSummary(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "summary" in value && typeof value.summary === "object" && value.summary !== null;
}
function summaryMean(value) {
  const s = value.summary;
  if (s.nan > 0 || s.posinf > 0 && s.neginf > 0) return NaN;
  if (s.posinf > 0) return Infinity;
  if (s.neginf > 0) return -Infinity;
  return s.mean === null || s.mean === void 0 ? NaN : toNumber(s.mean);
}
function formatSummary(value, digits = 2) {
  if (value === null || value === void 0) return "";
  if (isSummary(value)) {
    const s = value.summary;
    const largest2 = Math.max(Math.abs(toNumber(s.min ?? 0)), Math.abs(toNumber(s.max ?? 0)));
    return `mean ${formatNumber(noiseFree(summaryMean(value), largest2), digits)}`;
  }
  if (!Array.isArray(value)) return formatNumber(value, digits);
  const [flat, shape] = flatten(value);
  if (shape.length === 1 && flat.length <= 4) {
    const largest2 = largestMagnitude(flat);
    return `[${flat.map((v) => formatNumber(noiseFree(toNumber(v), largest2), digits)).join(", ")}]`;
  }
  if (flat.length === 0) return "[]";
  const mean = pairwiseSum(flat, 0, flat.length) / flat.length;
  const largest = flat.reduce((m, v) => Math.max(m, Math.abs(toNumber(v))), 0);
  return `mean ${formatNumber(noiseFree(mean, largest), digits)}`;
}
var NOISE = 1e-12;
function noiseFree(v, largest) {
  return Number.isFinite(v) && Math.abs(v) <= NOISE * largest ? 0 : v;
}
function largestMagnitude(values) {
  let largest = 0;
  for (const v of values) {
    const x = Math.abs(toNumber(v));
    if (Number.isFinite(x) && x > largest) largest = x;
  }
  return largest;
}
function formatCoordinate(v) {
  if (!Number.isFinite(v)) return "0";
  let text = pyFixed(v, 2);
  if (text.endsWith("0")) {
    text = text.endsWith("00") ? text.slice(0, -3) : text.slice(0, -1);
    if (text === "-0") return "0";
  }
  return text;
}

// frontend/js/tensordata.js
function nodeQuery(request2, id2, window2 = {}) {
  const params = new URLSearchParams({ source: request2.source });
  if (request2.values && Object.keys(request2.values).length) {
    params.set("values", JSON.stringify(request2.values));
  }
  const drawn = {};
  for (
    const key of
    /** @type {const} */
    ["expand", "collapse"]
  ) {
    const names = request2.options?.[key];
    if (Array.isArray(names) && names.length) drawn[key] = names;
  }
  if (Object.keys(drawn).length) params.set("options", JSON.stringify(drawn));
  params.set("node", id2);
  for (
    const key of
    /** @type {const} */
    ["row", "col", "rows", "cols"]
  ) {
    const n = window2[key];
    if (n !== void 0 && Number.isInteger(n) && n >= 0) params.set(key, String(n));
  }
  return params.toString();
}
function numbersOf(shown, final) {
  if (shown === void 0 || shown === null) return "none";
  if (!isSummary(shown)) return "inline";
  return isSummary(final) && sameSummary(shown, final) ? "fetch" : "partial";
}
function sameSummary(a, b) {
  if (a === b) return true;
  return JSON.stringify(a.summary) === JSON.stringify(b.summary) && JSON.stringify(a.sample) === JSON.stringify(b.sample);
}
function summaryRows(json, digits = 2) {
  const s = json.summary;
  const show = (v) => v === null || v === void 0 ? "—" : formatNumber(v, digits);
  const rows = [
    ["min", show(s.min)],
    ["max", show(s.max)],
    ["mean", show(s.mean)],
    ["norm", show(s.norm)]
  ];
  for (
    const [key, label] of
    /** @type {const} */
    [
      ["nan", "NaN"],
      ["posinf", "∞"],
      ["neginf", "-∞"]
    ]
  ) {
    if (s[key] > 0) rows.push([label, String(s[key])]);
  }
  return rows;
}

// frontend/js/api.js
var requests = /* @__PURE__ */ new WeakMap();
function rememberRequest(graph, { source, values = {}, options = {} }) {
  if (graph && typeof graph === "object") requests.set(graph, { source, values, options });
}
var MAX_LINK = 6e4;
function createApi({ base: base2 = ROOT, fetchImpl = (...a) => globalThis.fetch(...a) } = {}) {
  let latest = 0;
  let controller = null;
  async function fetchGraph2({ source, values = {}, options = {} }) {
    latest += 1;
    const seq = latest;
    controller?.abort();
    controller = new AbortController();
    const stale = () => seq !== latest;
    let response;
    try {
      response = await fetchImpl(`${base2}/api/graph`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ source, values, options }),
        signal: controller.signal
      });
    } catch (err) {
      if (stale() || /** @type {Error | undefined} */
      err?.name === "AbortError") {
        return { stale: true };
      }
      return { ok: false, error: { kind: "network", message: t("ui.network_error") } };
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (stale()) return { stale: true };
    if (response.ok && body) {
      rememberRequest(body, { source, values, options });
      return { ok: true, graph: body };
    }
    if (body?.error) return { ok: false, error: body.error };
    const detail = Array.isArray(body?.detail) ? body.detail[0]?.msg : null;
    return { ok: false, error: { kind: "request", message: detail || `HTTP ${response.status}` } };
  }
  const windows = /* @__PURE__ */ new WeakMap();
  function fetchNode2(graph, id2, window2 = {}) {
    const request2 = requests.get(graph);
    if (!request2) return Promise.resolve({ ok: false, message: t("ui.numbers_unknown") });
    const query = nodeQuery(request2, id2, window2);
    if (query.length > MAX_LINK) {
      return Promise.resolve({ ok: false, message: t("ui.numbers_too_long") });
    }
    let byKey = windows.get(graph);
    if (!byKey) windows.set(graph, byKey = /* @__PURE__ */ new Map());
    let answer = byKey.get(query);
    if (!answer) {
      answer = getNode(query).then((got) => {
        if (!got.ok) byKey.delete(query);
        return got;
      });
      byKey.set(query, answer);
    }
    return answer;
  }
  async function getNode(query) {
    try {
      const response = await fetchImpl(`${base2}/api/graph/node?${query}`);
      const body = await response.json().catch(() => null);
      if (response.ok && body) return { ok: true, data: body };
      return { ok: false, message: body?.error?.message ?? `HTTP ${response.status}` };
    } catch {
      return { ok: false, message: t("ui.network_error") };
    }
  }
  return { fetchGraph: fetchGraph2, fetchNode: fetchNode2 };
}
var { fetchGraph, fetchNode } = createApi();

// frontend/js/codepanel.js
var PARTS = ["forward", "backward"];
function block(doc2, text) {
  const pre = doc2.createElement("pre");
  pre.className = "code-lines";
  const code3 = doc2.createElement("code");
  const lines = text.replace(/\n$/, "").split("\n");
  lines.forEach((line, i2) => {
    const row = doc2.createElement("span");
    row.className = "line";
    row.dataset.line = String(i2 + 1);
    const number2 = doc2.createElement("span");
    number2.className = "ln";
    number2.setAttribute("aria-hidden", "true");
    number2.textContent = String(i2 + 1);
    const body = doc2.createElement("span");
    body.className = "src";
    const hash2 = line.indexOf("#");
    if (hash2 >= 0) {
      body.append(line.slice(0, hash2));
      const comment2 = doc2.createElement("span");
      comment2.className = "comment";
      comment2.textContent = line.slice(hash2);
      body.append(comment2);
    } else {
      body.textContent = line;
    }
    row.append(number2, body, "\n");
    code3.append(row);
  });
  pre.append(code3);
  return pre;
}
function keepInSight(box, row) {
  const top2 = row.offsetTop;
  const bottom = top2 + row.offsetHeight;
  const margin = row.offsetHeight * 2;
  if (top2 - margin < box.scrollTop) box.scrollTop = Math.max(0, top2 - margin);
  else if (bottom + margin > box.scrollTop + box.clientHeight) {
    box.scrollTop = bottom + margin - box.clientHeight;
  }
}
function createCodePanel(container) {
  const doc2 = container.ownerDocument;
  container.classList.add("code-panel");
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", t("ui.code"));
  const scroller = doc2.createElement("div");
  scroller.className = "code-scroll";
  scroller.tabIndex = 0;
  container.replaceChildren(scroller);
  let code3 = null;
  let current = null;
  const rows = { forward: [], backward: [] };
  function setGraph(graph) {
    const next = graph?.code ?? null;
    if (next && code3 && next.forward === code3.forward && next.backward === code3.backward) return;
    code3 = next;
    current = null;
    if (!code3) {
      scroller.replaceChildren();
      return;
    }
    const parts = PARTS.map((part) => {
      const section2 = doc2.createElement("section");
      section2.className = `code-part code-${part}`;
      const head = doc2.createElement("h3");
      head.textContent = t(part === "forward" ? "ui.code_forward" : "ui.code_backward");
      const pre = block(doc2, code3?.[part] ?? "");
      rows[part] = [.../** @type {NodeListOf<HTMLElement>} */
      pre.querySelectorAll(".line")];
      section2.append(head, pre);
      return section2;
    });
    scroller.replaceChildren(...parts);
  }
  function show(frame) {
    const step = frame?.step ?? null;
    const part = step?.phase === "forward" ? "forward" : "backward";
    const line = step?.code_line;
    const row = typeof line === "number" && Number.isInteger(line) ? rows[part][line - 1] : null;
    if (row === current) return;
    if (current) {
      current.classList.remove("current");
      current.removeAttribute("aria-current");
    }
    current = row ?? null;
    if (!current) return;
    current.classList.add("current");
    current.setAttribute("aria-current", "step");
    container.dataset.part = part;
    if (container.offsetParent !== null) keepInSight(scroller, current);
  }
  return { setGraph, show, element: container };
}

// frontend/js/editor.js
var KINDS = ["syntax", "name", "type", "shape", "domain", "limit", "unsupported", "internal"];
var placeOf = (error) => error ? { line: error.line ?? null, column: error.column ?? null } : null;
function createEditor(textarea2, options = {}) {
  const onInput = options.onInput ?? (() => {
  });
  const onRun = options.onRun ?? onInput;
  const onChange = options.onChange ?? (() => {
  });
  const errorEl = options.errorEl ?? null;
  const doc2 = textarea2.ownerDocument;
  let code3 = null;
  let upgrading = null;
  let error = null;
  let marks2 = [];
  let running = null;
  let dirty = false;
  const text = () => code3 ? code3.value : textarea2.value;
  const track = (result) => {
    const call = Promise.resolve(result).catch(() => {
    });
    running = call;
    call.then(() => {
      if (running !== call) return;
      running = null;
      if (dirty) send();
    });
  };
  const send = () => {
    dirty = false;
    track(onInput(text()));
  };
  const changed = () => {
    onChange();
    if (running) dirty = true;
    else send();
  };
  const runNow = () => {
    dirty = false;
    track(onRun(text()));
  };
  textarea2.addEventListener("input", changed);
  function showError2(next) {
    error = next;
    if (errorEl) {
      errorEl.hidden = !next;
      errorEl.replaceChildren();
    }
    if (code3) code3.showError(placeOf(next));
    else if (next) textarea2.setAttribute("aria-invalid", "true");
    else textarea2.removeAttribute("aria-invalid");
    if (!next || !errorEl) return;
    const head = doc2.createElement("strong");
    const kind = KINDS.includes(next.kind) ? t(`ui.error_kind.${next.kind}`) : t("ui.error");
    head.textContent = next.line ? `${t("ui.error_head", { kind, line: next.line, column: next.column })} ` : `${kind}: `;
    errorEl.append(head, doc2.createTextNode(next.message ?? ""));
  }
  function upgrade() {
    upgrading ??= Promise.resolve().then(() => (init_editorview(), editorview_exports)).then(({ mountEditorView: mountEditorView2 }) => {
      textarea2.removeEventListener("input", changed);
      code3 = mountEditorView2(textarea2, { onChange: changed, onRun: runNow });
      if (error) code3.showError(placeOf(error));
      if (marks2.length) code3.setLineMarks(marks2);
    });
    return upgrading;
  }
  return {
    get value() {
      return text();
    },
    get element() {
      return code3 ? code3.element : textarea2;
    },
    setValue(source) {
      dirty = false;
      if (code3) code3.setValue(source);
      else if (textarea2.value !== source) textarea2.value = source;
      showError2(null);
    },
    showError: showError2,
    runNow,
    setLineMarks(next) {
      marks2 = next;
      code3?.setLineMarks(next);
    },
    revealLine: (line) => code3?.revealLine(line),
    upgrade,
    destroy() {
      dirty = false;
      running = null;
      textarea2.removeEventListener("input", changed);
      code3?.destroy();
    }
  };
}

// frontend/js/inputs.js
var panelWords = () => ({
  none: t("ui.inputs_none"),
  /** @type {(name: string) => string} */
  slider: (name2) => t("ui.input_slider", { name: name2 }),
  /** @type {(name: string, shape: string) => string} */
  tensor: (name2, shape) => t("ui.input_tensor", { name: name2, shape }),
  tooLarge: t("ui.input_too_large"),
  /** @type {(name: string) => string} */
  edit: (name2) => t("ui.edit_value", { name: name2 }),
  /** @type {(n: number) => string} */
  showAll: (n) => t("ui.inputs_show_all", { n })
});
var SHOWN = 24;
function niceCeil(x) {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}
function sliderRange(v) {
  const span = niceCeil(Math.max(2, 2 * Math.abs(v)));
  const step = niceCeil(span / 100);
  const snap = (x) => Number((Math.round(x / step) * step).toPrecision(12));
  return { min: snap(v - span), max: snap(v + span), step };
}
function assignmentOf(source, name2) {
  let found = null;
  for (const line of String(source).split("\n")) {
    for (const statement of line.replace(/#.*/, "").split(";")) {
      const eq = statement.indexOf("=");
      if (eq < 0 || statement[eq + 1] === "=") continue;
      if (statement.slice(0, eq).trim() === name2) found = statement.slice(eq + 1).trim();
    }
  }
  return found;
}
function keepOverrides(before, after, values) {
  const kept = {};
  for (const [name2, v] of Object.entries(values ?? {})) {
    if (assignmentOf(before, name2) === assignmentOf(after, name2)) kept[name2] = v;
  }
  return kept;
}
function parseTensor(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  let level = [v];
  while (Array.isArray(level[0])) {
    const width = level[0].length;
    if (width === 0 || !level.every((row) => Array.isArray(row) && row.length === width)) {
      return null;
    }
    level = level.flat();
  }
  return level.every((x) => typeof x === "number" && Number.isFinite(x)) ? (
    /** @type {InputValue} */
    v
  ) : null;
}
var numberText = (v) => typeof v === "number" ? String(v) : "";
function createInputs(panel, options) {
  const doc2 = panel.ownerDocument;
  const t3 = panelWords();
  const list = panel.querySelector(".inputs-list") ?? panel;
  const rows = /* @__PURE__ */ new Map();
  const ranges = /* @__PURE__ */ new Map();
  const sent = /* @__PURE__ */ new Map();
  const empty = doc2.createElement("p");
  empty.className = "inputs-empty";
  empty.textContent = t3.none;
  let showAll = false;
  let shown = null;
  const more = doc2.createElement("button");
  more.type = "button";
  more.className = "tool inputs-more";
  more.addEventListener("click", () => {
    showAll = true;
    render2(shown);
    list.children[SHOWN]?.querySelector("input")?.focus();
  });
  const send = (name2, value) => {
    sent.set(name2, value);
    options.onChange(name2, value);
  };
  function scalarRow(name2) {
    const row = doc2.createElement("div");
    row.className = "input-row";
    const label = doc2.createElement("label");
    label.textContent = name2;
    const field = doc2.createElement("input");
    Object.assign(field, { type: "number", step: "any", id: `input-${rows.size}` });
    field.dataset.name = name2;
    label.htmlFor = field.id;
    const slider = doc2.createElement("input");
    slider.type = "range";
    slider.dataset.name = name2;
    slider.setAttribute("aria-label", t3.slider(name2));
    field.addEventListener("input", () => {
      const v = field.valueAsNumber;
      if (!Number.isFinite(v)) return;
      slider.value = String(v);
      send(name2, v);
    });
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && Number.isFinite(field.valueAsNumber)) send(name2, field.valueAsNumber);
    });
    slider.addEventListener("input", () => {
      const v = Number(slider.value);
      field.value = slider.value;
      send(name2, v);
    });
    row.append(label, field, slider);
    return { row, field, slider, kind: "scalar" };
  }
  function tensorRow(name2, shape) {
    const row = doc2.createElement("div");
    row.className = "input-row tensor";
    const label = doc2.createElement("label");
    label.textContent = `${name2} `;
    const dims = doc2.createElement("span");
    dims.className = "input-shape";
    dims.textContent = formatShape(shape);
    label.append(dims);
    const field = doc2.createElement("input");
    Object.assign(field, { type: "text", id: `input-${rows.size}`, spellcheck: false });
    field.dataset.name = name2;
    field.setAttribute("aria-label", t3.tensor(name2, formatShape(shape)));
    label.htmlFor = field.id;
    const commit = () => {
      const v = parseTensor(field.value);
      field.toggleAttribute("aria-invalid", v === null);
      if (v !== null) send(name2, v);
    };
    field.addEventListener("change", commit);
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter") commit();
    });
    row.append(label, field);
    return { row, field, slider: null, kind: "tensor" };
  }
  function render2(graph) {
    shown = graph;
    const inputs2 = (graph?.nodes ?? []).filter((n) => n.kind === "input" && n.label);
    const byName = /* @__PURE__ */ new Map();
    for (const node of inputs2) {
      const label = (
        /** @type {string} */
        node.label
      );
      if (!byName.has(label)) byName.set(label, node);
    }
    const first2 = [...byName.keys()];
    const names = showAll ? first2 : first2.slice(0, SHOWN);
    const seen = new Set(names);
    const order = [];
    for (const name2 of names) {
      const node = (
        /** @type {GraphNode} */
        byName.get(name2)
      );
      const scalar = !node.shape?.length;
      let entry = rows.get(name2);
      if (!entry || entry.kind === "scalar" !== scalar) {
        entry = scalar ? scalarRow(name2) : tensorRow(name2, node.shape);
        rows.set(name2, entry);
      }
      update2(entry, name2, node, scalar);
      order.push(entry.row);
    }
    for (const name2 of [...rows.keys()]) if (!seen.has(name2)) rows.delete(name2);
    if (names.length < first2.length) {
      more.textContent = t3.showAll(first2.length);
      order.push(more);
    }
    list.replaceChildren(...order.length ? order : [empty]);
  }
  function update2(entry, name2, node, scalar) {
    const typing = doc2.activeElement === entry.field;
    if (!scalar) {
      const summarised = isSummary(node.value);
      entry.field.disabled = summarised;
      entry.field.placeholder = summarised ? t3.tooLarge : "";
      entry.field.title = entry.field.placeholder;
      if (!typing) entry.field.value = summarised ? "" : JSON.stringify(node.value);
      const shape = entry.row.querySelector(".input-shape");
      if (shape) shape.textContent = formatShape(node.shape);
      return;
    }
    const v = typeof node.value === "number" ? node.value : NaN;
    if (!typing && entry.field.valueAsNumber !== v) entry.field.value = numberText(v);
    let range = ranges.get(name2);
    const own = sent.get(name2) === v;
    if (Number.isFinite(v) && (!range || !own || v < range.min || v > range.max)) {
      range = sliderRange(v);
      ranges.set(name2, range);
    }
    if (range && entry.slider) {
      const s = entry.slider;
      for (
        const k of
        /** @type {const} */
        ["min", "max", "step"]
      ) {
        if (s[k] !== String(range[k])) s[k] = String(range[k]);
      }
      if (doc2.activeElement !== s && Number(s.value) !== v) s.value = String(v);
    }
  }
  function editInPlace(name2, value, anchor) {
    doc2.querySelector(".inplace-edit")?.remove();
    const box = anchor.getBoundingClientRect();
    const field = doc2.createElement("input");
    Object.assign(field, {
      type: "number",
      step: "any",
      className: "inplace-edit",
      value: numberText(value)
    });
    field.setAttribute("aria-label", t3.edit(name2));
    field.dataset.for = name2;
    Object.assign(field.style, {
      left: `${box.left + globalThis.scrollX - 6}px`,
      top: `${box.top + globalThis.scrollY - 4}px`,
      width: `${Math.max(80, box.width + 40)}px`
    });
    let done = false;
    const finish = (apply) => {
      if (done) return;
      done = true;
      const v = field.valueAsNumber;
      field.remove();
      if (apply && Number.isFinite(v) && v !== value) send(name2, v);
      if (anchor.isConnected) anchor.focus?.({ preventScroll: true });
    };
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        finish(true);
      }
      if (e.key === "Escape") {
        e.preventDefault();
        finish(false);
      }
    });
    field.addEventListener("blur", () => finish(true));
    doc2.body.append(field);
    field.focus();
    field.select();
  }
  return { render: render2, editInPlace };
}

// frontend/js/frames.js
var MISSING = /* @__PURE__ */ Symbol("missing");
var histories = /* @__PURE__ */ new WeakMap();
function record(byNode, id2, at, data) {
  let h = byNode.get(id2);
  if (!h) byNode.set(id2, h = { at: [], data: [] });
  h.at.push(at);
  h.data.push(data);
}
function lookup(h, index) {
  if (!h || h.at[0] > index) return MISSING;
  let lo = 0;
  let hi = h.at.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (h.at[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return h.data[lo];
}
function writtenBy(step) {
  if (step.phase === "forward" || step.event !== "gate") return [step.node];
  return [...new Set(step.inputs.map((i2) => i2.node))];
}
function buildHistory(graph) {
  const nodes = graph.nodes ?? [];
  const steps = graph.steps ?? [];
  const values = /* @__PURE__ */ new Map();
  const grads = /* @__PURE__ */ new Map();
  const touched = steps.map(() => []);
  const backwardStart = steps.findIndex((s) => s.phase === "backward");
  steps.forEach((step, k) => {
    if (step.phase === "forward") {
      record(values, step.node, k, step.value);
    } else if (step.event === "gate") {
      for (const input of step.inputs) record(grads, input.node, k, input.grad);
    } else {
      record(grads, step.node, k, step.grad);
    }
    touched[k] = writtenBy(step);
  });
  const gradsFrom = backwardStart >= 0 ? backwardStart : steps.length - 1;
  for (const node of nodes) {
    if (!values.has(node.id)) {
      values.set(node.id, { at: [-1], data: [node.value] });
    }
    if (!grads.has(node.id) && node.grad !== null && node.grad !== void 0) {
      grads.set(node.id, { at: [gradsFrom], data: [node.grad] });
      if (gradsFrom >= 0) touched[gradsFrom] = [...touched[gradsFrom], node.id];
    }
  }
  const order = nodes.map((n) => n.id);
  return {
    total: steps.length,
    backwardStart: backwardStart >= 0 ? backwardStart : steps.length,
    values: inNodeOrder(values, order),
    grads: inNodeOrder(grads, order),
    touched
  };
}
function inNodeOrder(byNode, order) {
  const entries = order.flatMap((id2) => {
    const h = byNode.get(id2);
    return h ? [[id2, h]] : [];
  });
  const firsts = entries.map(([, h]) => h.at[0]).sort((a, b) => a - b);
  return { histories: entries, byNode, firsts };
}
function historyOf(graph) {
  let h = histories.get(graph);
  if (!h) histories.set(graph, h = buildHistory(graph));
  return h;
}
var FrameMap = class extends Map {
  #table;
  #index;
  /**
   * @param {Table} table
   * @param {number} index
   */
  constructor(table, index) {
    super();
    this.#table = table;
    this.#index = index;
  }
  /** @param {string} id */
  get(id2) {
    const v = lookup(this.#table.byNode.get(id2), this.#index);
    return v === MISSING ? void 0 : v;
  }
  /** @param {string} id */
  has(id2) {
    return lookup(this.#table.byNode.get(id2), this.#index) !== MISSING;
  }
  get size() {
    const f = this.#table.firsts;
    let lo = 0;
    let hi = f.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (f[mid] <= this.#index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** @returns {MapIterator<[string, TensorJson | null]>} */
  *entries() {
    for (const [id2, h] of this.#table.histories) {
      const v = lookup(h, this.#index);
      if (v !== MISSING) yield [id2, v];
    }
  }
  /** @returns {MapIterator<string>} */
  *keys() {
    for (const [id2] of this.entries()) yield id2;
  }
  /** @returns {MapIterator<TensorJson | null>} */
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  /**
   * @param {(value: TensorJson | null, key: string, map: Map<string, TensorJson | null>) => void}
   *   fn
   * @param {unknown} [thisArg]
   */
  forEach(fn, thisArg) {
    for (const [id2, v] of this.entries()) fn.call(thisArg, v, id2, this);
  }
  /** @returns {never} */
  set() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  delete() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  clear() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
};
function clampIndex(index, total) {
  const i2 = Math.trunc(Number(index));
  if (!Number.isFinite(i2)) return total - 1;
  return Math.max(-1, Math.min(total - 1, i2));
}
function frameAt(graph, index) {
  const h = historyOf(graph);
  const i2 = clampIndex(index, h.total);
  const step = i2 >= 0 ? graph.steps[i2] : null;
  const gate = step && (step.phase === "forward" || step.event === "gate");
  return {
    index: i2,
    total: h.total,
    backwardStart: h.backwardStart,
    phase: step ? step.phase : "start",
    step,
    values: new FrameMap(h.values, i2),
    grads: new FrameMap(h.grads, i2),
    active: gate ? step.node : null,
    written: step ? writtenBy(step) : [],
    accumulating: step && step.event === "accumulate" ? step.node : null,
    // the step captions arrive translated in the graph JSON; the hint is the page's own word
    caption: step ? step.caption ?? "" : h.total > 0 ? t("ui.hint_forward") : ""
  };
}
function changedBetween(graph, a, b) {
  const h = historyOf(graph);
  const lo = clampIndex(Math.min(a, b), h.total);
  const hi = clampIndex(Math.max(a, b), h.total);
  const ids = /* @__PURE__ */ new Set();
  for (let k = lo + 1; k <= hi; k++) for (const id2 of h.touched[k]) ids.add(id2);
  return ids;
}

// frontend/js/player.js
var SPEEDS = [0.5, 1, 2, 4];
var MS_PER_STEP = 900;
function prefersReducedMotion() {
  return Boolean(globalThis.matchMedia?.("(prefers-reduced-motion: reduce)")?.matches);
}
var Player = class {
  /** @type {number} */
  #index;
  /** @type {number} */
  #total;
  #speed = 1;
  #playing = false;
  #generation = 0;
  // bumped by pause(): a timer from an older generation does nothing
  /** @type {ReturnType<typeof setTimeout> | null} */
  #timer = null;
  #limit = Infinity;
  // the furthest index a move may reach (quiz.js: the open question's step)
  /** @type {Set<(state: PlayerState) => void>} */
  #listeners = /* @__PURE__ */ new Set();
  /** @type {OnFrame} */
  #onFrame;
  /**
   * onFrame(index, {playing, animate}) is called whenever the index changes.
   * @param {{total?: number, index?: number, speed?: number, onFrame?: OnFrame,
   *          reducedMotion?: boolean}} [options]  index: clamped (-1 … total - 1); the end
   *   if left out
   */
  constructor({ total = 0, index, speed = 1, onFrame = () => {
  }, reducedMotion } = {}) {
    this.#total = Math.max(0, Math.trunc(total) || 0);
    this.#index = clampIndex(index ?? this.#total - 1, this.#total);
    this.speed = speed;
    this.#onFrame = onFrame;
    this.reducedMotion = reducedMotion ?? prefersReducedMotion();
  }
  get index() {
    return this.#index;
  }
  get total() {
    return this.#total;
  }
  get playing() {
    return this.#playing;
  }
  get generation() {
    return this.#generation;
  }
  /** @returns {number} */
  get speed() {
    return this.#speed;
  }
  /** @param {unknown} s  a positive number; anything else is 1 */
  set speed(s) {
    const n = Number(s);
    this.#speed = Number.isFinite(n) && n > 0 ? n : 1;
    this.#notify();
  }
  /** Milliseconds between steps while playing. */
  get delay() {
    return MS_PER_STEP / this.#speed;
  }
  get atEnd() {
    return this.#index >= this.#total - 1;
  }
  /** The furthest index moves, playing and new traces may reach: a quiz holds the trace at
   *  its open question. Infinity (the default) is the end. Setting it moves nothing. */
  /** @returns {number} */
  get limit() {
    return this.#limit;
  }
  /** @param {unknown} n  a number (NaN: Infinity) */
  set limit(n) {
    const v = Number(n);
    this.#limit = Number.isNaN(v) ? Infinity : Math.max(-1, v);
  }
  /**
   * Called (no arguments) when a move by hand, or play, was held back by `limit`.
   * @type {(() => void) | null}
   */
  onLimit = null;
  // The last index the trace may show now.
  get #stop() {
    return Math.min(this.#total - 1, this.#limit);
  }
  /**
   * A new trace (the program changed): keep the index if it still exists, else the end.
   * @param {number} total
   * @param {number} [index]
   */
  setTotal(total, index = this.#index) {
    this.pause();
    this.#total = Math.max(0, Math.trunc(total) || 0);
    const i2 = Number(index);
    this.#index = Math.min(
      i2 >= -1 && i2 < this.#total ? Math.trunc(i2) : this.#total - 1,
      Math.max(-1, this.#stop)
    );
    this.#emit();
  }
  // User moves pause playback: a student who steps by hand wants the picture to stay put.
  /** @param {number} index */
  goto(index) {
    this.pause();
    this.#move(index, true);
  }
  next() {
    this.goto(this.#index + 1);
  }
  prev() {
    this.goto(this.#index - 1);
  }
  first() {
    this.goto(-1);
  }
  last() {
    this.goto(this.#total - 1);
  }
  play() {
    if (this.#playing || this.#total === 0) return;
    if (this.atEnd) this.#move(-1);
    if (this.#index >= this.#stop) {
      this.onLimit?.();
      return;
    }
    this.#playing = true;
    this.#generation += 1;
    this.#schedule(this.#generation);
    this.#notify();
  }
  pause() {
    if (!this.#playing) return;
    this.#playing = false;
    this.#generation += 1;
    globalThis.clearTimeout(this.#timer ?? void 0);
    this.#timer = null;
    this.#notify();
  }
  toggle() {
    if (this.#playing) this.pause();
    else this.play();
  }
  /**
   * listener({index, total, playing, speed}) on every change; returns an unsubscribe.
   * @param {(state: PlayerState) => void} listener
   * @returns {() => boolean}
   */
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  destroy() {
    this.pause();
    this.#listeners.clear();
    this.#onFrame = () => {
    };
  }
  /** @param {number} generation */
  #schedule(generation) {
    this.#timer = globalThis.setTimeout(() => this.#tick(generation), this.delay);
  }
  /** @param {number} generation */
  #tick(generation) {
    if (generation !== this.#generation || !this.#playing) return;
    this.#move(this.#index + 1);
    if (this.#index >= this.#stop) {
      this.#playing = false;
      this.#generation += 1;
      this.#timer = null;
      this.#notify();
    } else {
      this.#schedule(generation);
    }
  }
  /**
   * @param {number} index
   * @param {boolean} [byHand]
   */
  #move(index, byHand = false) {
    const wanted = clampIndex(index, this.#total);
    const i2 = Math.min(wanted, Math.max(-1, this.#limit));
    if (i2 < wanted && byHand) {
      if (i2 === this.#index) this.#emit();
      this.onLimit?.();
    }
    if (i2 === this.#index) return;
    this.#index = i2;
    this.#emit();
  }
  #emit() {
    this.#onFrame(this.#index, { playing: this.#playing, animate: !this.reducedMotion });
    this.#notify();
  }
  #notify() {
    const state2 = {
      index: this.#index,
      total: this.#total,
      playing: this.#playing,
      speed: this.#speed
    };
    for (const listener of this.#listeners) listener(state2);
  }
};

// frontend/js/state.js
var INVALID = /* @__PURE__ */ Symbol("invalid");
var HIDEABLE = [
  "editor",
  "caption",
  "controls",
  "inputs",
  "table",
  "examples",
  "toolbar"
];
var EXPANDABLE = [
  "sigmoid",
  "tanh",
  "softmax",
  "mean",
  "log_softmax",
  "mse_loss",
  "cross_entropy",
  "bce_logits"
];
var MAX_DIGITS = 6;
var MAX_SOURCE = 2e5;
var MAX_ELEMENTS = 1e6;
var IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isTensorValue(v) {
  if (typeof v === "number") return Number.isFinite(v);
  let level = [v];
  let count = 1;
  while (level.length > 0 && Array.isArray(level[0])) {
    const width = level[0].length;
    if (width === 0) return false;
    count *= width;
    if (count > MAX_ELEMENTS) return false;
    const next = [];
    for (const row of level) {
      if (!Array.isArray(row) || row.length !== width) return false;
      for (const item of row) next.push(item);
    }
    level = next;
  }
  return level.every((x) => typeof x === "number" && Number.isFinite(x));
}
function validValues(v) {
  return isObject(v) && Object.entries(v).every(([k, x]) => IDENTIFIER.test(k) && isTensorValue(x));
}
var OPTION_CHECKS = {
  expand: (v) => Array.isArray(v) && v.every((f) => EXPANDABLE.includes(f)) && new Set(v).size === v.length,
  // the program's functions drawn as one gate each (docs/language.md, "Groups"); the server
  // names unknown ones
  collapse: (v) => Array.isArray(v) && v.every((f) => typeof f === "string" && IDENTIFIER.test(f)) && new Set(v).size === v.length,
  digits: (v) => Number.isInteger(v) && v >= 0 && v <= MAX_DIGITS,
  code: (v) => typeof v === "boolean",
  gradcheck: (v) => typeof v === "boolean"
};
function validOptions(v) {
  return isObject(v) && Object.entries(v).every(([k, x]) => Object.hasOwn(OPTION_CHECKS, k) && OPTION_CHECKS[k](x));
}
var FLAGS = { 1: true, 0: false, true: true, false: false };
var valuesOf = (p) => p.values ?? [];
var TYPES = {
  string: { decode: (raw) => raw, encode: (v) => String(v) },
  json: {
    decode: (raw) => {
      try {
        return JSON.parse(raw);
      } catch {
        return INVALID;
      }
    },
    encode: (v) => JSON.stringify(v)
  },
  // an index into `steps` (-1 = before the first step) or "end"
  step: {
    decode: (raw) => raw === "end" ? "end" : /^-?\d{1,7}$/.test(raw) ? Number(raw) : INVALID,
    encode: (v) => String(v)
  },
  enum: { decode: (raw, p) => valuesOf(p).includes(raw) ? raw : INVALID, encode: String },
  number: {
    decode: (raw) => /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : INVALID,
    encode: (v) => String(v)
  },
  flag: {
    decode: (raw) => Object.hasOwn(FLAGS, raw) ? FLAGS[raw] : INVALID,
    encode: (v) => v ? "1" : "0"
  },
  // a comma list of known words, kept in the table's order so equal sets give equal links
  list: {
    decode: (raw, p) => {
      const words = raw.split(",").map((w) => w.trim()).filter(Boolean);
      return words.every((w) => valuesOf(p).includes(w)) ? valuesOf(p).filter((w) => words.includes(w)) : INVALID;
    },
    encode: (v, p) => valuesOf(p).filter((w) => v.includes(w)).join(",")
  },
  // a comma list of distinct identifiers (the descent panel's ticked parameters)
  names: {
    decode: (raw) => {
      const names = raw.split(",").map((w) => w.trim()).filter(Boolean);
      return names.every((w) => IDENTIFIER.test(w)) && new Set(names).size === names.length ? names : INVALID;
    },
    encode: (v) => v.join(",")
  }
};
var PARAMS = [
  { name: "source", type: "string", default: "", validate: (v) => v.length <= MAX_SOURCE },
  { name: "values", type: "json", default: {}, validate: validValues },
  { name: "step", type: "step", default: "end", validate: (v) => v === "end" || v >= -1 },
  { name: "options", type: "json", default: {}, validate: validOptions },
  { name: "theme", type: "enum", values: ["light", "dark"], default: "light" },
  // null: no `lang` given, so the browser's language decides (i18n.js pickLanguage); kept
  // apart from "en" so that a link without `lang` speaks each reader's language.
  { name: "lang", type: "enum", values: ["en", "ru"], default: null },
  { name: "autoplay", type: "flag", default: false },
  { name: "controls", type: "flag", default: true },
  { name: "hide", type: "list", values: HIDEABLE, default: [] },
  { name: "speed", type: "number", default: 1, validate: (v) => SPEEDS.includes(v) },
  { name: "view", type: "enum", values: ["circuit", "table"], default: "circuit" },
  // The descent panel (descent.js): the parameters ticked by hand ([]: its default, the
  // weights and biases by name) and the learning rate.
  { name: "train", type: "names", default: [] },
  { name: "lr", type: "number", default: 0.5, validate: (v) => v > 0 && v <= 1e3 },
  // Quiz mode (quiz.js): "1" asks for each gate's gradients, "inputs" only the inputs'.
  { name: "quiz", type: "enum", values: ["0", "1", "inputs"], default: "0" }
];
var copy = (v) => typeof v === "object" && v !== null ? structuredClone(v) : v;
function defaults2() {
  return (
    /** @type {State} */
    Object.fromEntries(PARAMS.map((p) => [p.name, copy(p.default)]))
  );
}
function read(p, raw) {
  if (typeof raw !== "string") return INVALID;
  const v = TYPES[p.type].decode(raw, p);
  if (v === INVALID) return INVALID;
  return !p.validate || p.validate(v) ? v : INVALID;
}
function parse(search) {
  const state2 = defaults2();
  let params;
  try {
    params = search instanceof URLSearchParams ? search : new URLSearchParams(String(search ?? ""));
  } catch {
    return state2;
  }
  for (const p of PARAMS) {
    const raw = params.get(p.name);
    if (raw === null) continue;
    const v = read(p, raw);
    if (v !== INVALID) state2[p.name] = v;
  }
  return state2;
}
function serialize(state2) {
  const params = new URLSearchParams();
  for (const p of PARAMS) {
    const v = state2?.[p.name];
    if (v === void 0 || v === null) continue;
    const type = TYPES[p.type];
    let text;
    try {
      text = type.encode(v, p);
    } catch {
      continue;
    }
    if (text === type.encode(p.default, p)) continue;
    if (read(p, text) === INVALID) continue;
    params.set(p.name, text);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
function resolveStep(step, total) {
  if (typeof step === "number" && Number.isInteger(step) && step >= -1 && step < total) {
    return step;
  }
  return total - 1;
}

// frontend/js/expand.js
var SHOWN2 = {
  sigmoid: "σ",
  tanh: "tanh",
  softmax: "softmax",
  mean: "mean",
  log_softmax: "log softmax",
  mse_loss: "MSE",
  cross_entropy: "cross-entropy",
  bce_logits: "BCE"
};
var MARKED = ["expandable", "collapsible"];
function gateAction(node) {
  if (node?.kind !== "op") return null;
  if (node.op === "group") {
    return { name: node.group ?? node.symbol ?? "", expand: true, builtin: false };
  }
  if (node.group && EXPANDABLE.includes(node.group)) {
    return { name: node.group, expand: false, builtin: true };
  }
  if (node.op === "softmax" && (node.shape?.length ?? 0) > 2) return null;
  if (node.op && EXPANDABLE.includes(node.op)) {
    return { name: node.op, expand: true, builtin: true };
  }
  return null;
}
function titleAction(group) {
  if (!group || group.collapsed) return null;
  return { name: group.name, expand: false, builtin: Boolean(group.builtin) };
}
function attachExpansion(view, { onToggle }) {
  const svg = view.svg;
  const nodeOf = (id2) => id2 === void 0 ? void 0 : view.placed(id2)?.node;
  const groupOf = (id2) => (view.graph?.groups ?? []).find((g) => g.id === id2);
  const label = (action) => t(
    action.expand ? "ui.expand_gate" : "ui.collapse_gate",
    { name: SHOWN2[action.name] ?? action.name }
  );
  function mark2() {
    for (const el4 of svg.querySelectorAll(".gates .expandable, .gates .collapsible")) {
      el4.classList.remove(...MARKED);
      for (const a of ["tabindex", "role", "aria-label"]) el4.removeAttribute(a);
    }
    for (const el4 of svg.querySelectorAll(".symbols .expandable, .symbols .collapsible")) {
      el4.classList.remove(...MARKED);
    }
    for (const p of view.layout?.nodes ?? []) {
      const action = gateAction(p.node);
      if (!action) continue;
      const cls = action.expand ? "expandable" : "collapsible";
      const drawn = (
        /** @type {SVGElement[]} */
        view.elementsOf(p.id, ["gate", "symbol"])
      );
      const [gate, symbol] = drawn;
      if (!gate) continue;
      gate.classList.add(cls);
      symbol?.classList.add(cls);
      gate.dataset.group = action.name;
      gate.setAttribute("tabindex", "0");
      gate.setAttribute("role", "button");
      gate.setAttribute("aria-label", label(action));
    }
    const titles = svg.querySelectorAll(".groups .group-title");
    for (const title2 of titles) {
      const action = titleAction(groupOf(title2.dataset.group));
      if (!action) continue;
      title2.classList.add("collapsible");
      title2.setAttribute("tabindex", "0");
      title2.setAttribute("role", "button");
      title2.setAttribute("aria-label", label(action));
    }
  }
  const target = (e) => {
    const el4 = (
      /** @type {Element | null} */
      e.target?.closest?.(".expandable, .collapsible")
    );
    if (!el4 || !svg.contains(el4)) return null;
    return el4.classList.contains("group-title") ? titleAction(groupOf(el4.dataset.group)) : gateAction(nodeOf(el4.dataset.node));
  };
  const onClick = (e) => {
    const action = target(e);
    if (!action) return;
    e.stopPropagation();
    onToggle(action.name, action.expand, action.builtin);
  };
  const onKey = (e) => {
    if (e.key !== "Enter" && e.key !== " " || e.defaultPrevented) return;
    const action = target(e);
    if (!action) return;
    e.preventDefault();
    onToggle(action.name, action.expand, action.builtin);
  };
  const onOver = (e) => {
    const el4 = (
      /** @type {Element | null} */
      e.target?.closest?.(".collapsible")
    );
    const name2 = el4 ? nodeOf(el4.dataset.node)?.group : null;
    const hovered = svg.querySelectorAll(".gates .group-hover");
    for (const g of hovered) {
      if (g.dataset.group !== name2) g.classList.remove("group-hover");
    }
    if (!name2) return;
    for (const g of svg.querySelectorAll(`.gates .collapsible[data-group="${CSS.escape(name2)}"]`)) {
      g.classList.add("group-hover");
    }
  };
  svg.addEventListener("click", onClick, true);
  svg.addEventListener("keydown", onKey);
  svg.addEventListener("pointerover", onOver);
  const offDraw = view.on("draw", mark2);
  mark2();
  return () => {
    svg.removeEventListener("click", onClick, true);
    svg.removeEventListener("keydown", onKey);
    svg.removeEventListener("pointerover", onOver);
    offDraw();
  };
}
function toggled(expand, name2, on) {
  const set = new Set(expand ?? []);
  if (on) set.add(name2);
  else set.delete(name2);
  return EXPANDABLE.filter((f) => set.has(f));
}
function toggledOptions(options, name2, expand, builtin = EXPANDABLE.includes(name2)) {
  const { expand: ex, collapse: co, ...rest } = options ?? {};
  const next = { ...rest };
  const expanded = builtin ? toggled(ex, name2, expand) : ex ?? [];
  const set = new Set(co ?? []);
  if (!builtin && expand) set.delete(name2);
  else if (!builtin) set.add(name2);
  const collapsed = [...set].sort();
  if (expanded.length) next.expand = expanded;
  if (collapsed.length) next.collapse = collapsed;
  return next;
}

// frontend/js/gradcheck.js
var VERDICTS = {
  ok: { sign: "✓", key: "ui.gradcheck_ok" },
  disagree: { sign: "✗", key: "ui.gradcheck_disagree" },
  kink: { sign: "⚠", key: "ui.gradcheck_kink" },
  "not finite": { sign: "?", key: "ui.gradcheck_not_finite" },
  "not checked": { sign: "–", key: "ui.gradcheck_not_checked" }
};
var hasGradcheck = (graph) => Boolean(graph?.nodes?.some((n) => n.gradcheck));
function verdict(node) {
  const v = node?.gradcheck ? VERDICTS[node.gradcheck] : void 0;
  if (!node?.gradcheck || !v) return null;
  return {
    text: `${v.sign} ${t(v.key)}`,
    cls: node.gradcheck.replace(" ", "-"),
    flagged: node.gradcheck !== "ok"
  };
}
function formatError(x) {
  if (typeof x !== "number" || !Number.isFinite(x)) return "—";
  return x === 0 ? "0" : x.toExponential(1);
}
function gradcheckRows(node, digits) {
  const v = verdict(node);
  if (!v) return [];
  const rows = [];
  if (node.numeric_grad !== void 0 && node.numeric_grad !== null) {
    rows.push([t("ui.numeric_grad"), formatSummary(node.numeric_grad, digits), "grad numeric"]);
  }
  rows.push([t("ui.relative_error"), formatError(node.relative_error), ""]);
  rows.push([
    t("ui.gradcheck"),
    node.gradcheck_note ? `${v.text}: ${node.gradcheck_note}` : v.text,
    `verdict verdict-${v.cls}`
  ]);
  return rows;
}
function renderGradcheckSummary(container, graph, digits = 2) {
  if (!container) return;
  const inputs2 = (graph?.nodes ?? []).filter((n) => n.gradcheck);
  container.hidden = inputs2.length === 0;
  if (!inputs2.length) {
    container.replaceChildren();
    return;
  }
  const doc2 = container.ownerDocument;
  const head = doc2.createElement("p");
  head.className = "gradcheck-head";
  const strong = doc2.createElement("strong");
  strong.textContent = `${t("ui.gradcheck")}: `;
  const ok = inputs2.filter((n) => n.gradcheck === "ok").length;
  head.append(strong, `${VERDICTS.ok.sign} ${ok} / ${inputs2.length} ${t("ui.gradcheck_ok")}`);
  const list = doc2.createElement("ul");
  for (const node of inputs2) {
    const v = (
      /** @type {NonNullable<ReturnType<typeof verdict>>} */
      verdict(node)
    );
    const li = doc2.createElement("li");
    li.className = `verdict-${v.cls}`;
    li.dataset.node = node.id;
    const name2 = doc2.createElement("code");
    name2.textContent = node.label ?? node.id;
    const badge = doc2.createElement("span");
    badge.className = "verdict";
    badge.textContent = v.text;
    const numbers = `${t("ui.analytic_grad")} ${formatSummary(node.grad, digits)}, ${t("ui.numeric_grad")} ${formatSummary(node.numeric_grad, digits)}, ${t("ui.relative_error")} ${formatError(node.relative_error)}`;
    li.append(name2, " ", badge, ` — ${numbers}`);
    if (node.gradcheck_note) {
      const note2 = doc2.createElement("span");
      note2.className = "note";
      note2.textContent = node.gradcheck_note;
      li.append(". ", note2);
    }
    list.append(li);
  }
  container.replaceChildren(head, list);
}
function decorateTable(table, graph, digits = 2) {
  if (!table || !hasGradcheck(graph) || table.dataset.gradcheck === "1") return;
  table.dataset.gradcheck = "1";
  const doc2 = table.ownerDocument;
  const head = table.tHead?.rows[0];
  for (const [key, cls] of [
    ["ui.numeric_grad", "numeric"],
    ["ui.relative_error", "rel"],
    ["ui.gradcheck", "verdict"]
  ]) {
    const th = doc2.createElement("th");
    th.scope = "col";
    th.className = cls;
    th.textContent = t(key);
    head?.append(th);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const tr of table.tBodies[0]?.rows ?? []) {
    const node = byId.get(tr.dataset.node ?? "");
    const v = verdict(node);
    const cells = v && node ? [
      formatSummary(node.numeric_grad, digits),
      formatError(node.relative_error),
      v.text
    ] : ["", "", ""];
    ["numeric num", "rel num", `verdict${v ? ` verdict-${v.cls}` : ""}`].forEach((cls, i2) => {
      const td = doc2.createElement("td");
      td.className = cls;
      td.textContent = cells[i2];
      if (i2 === 2 && node?.gradcheck_note) td.title = node.gradcheck_note;
      tr.append(td);
    });
    if (v?.flagged && node?.gradcheck_note) {
      tr.classList.add("gradcheck-flagged");
      const note2 = doc2.createElement("div");
      note2.className = "gradcheck-note";
      note2.textContent = node.gradcheck_note;
      tr.lastElementChild?.append(note2);
    }
  }
}

// frontend/js/circuit-geometry.js
var FONT = 16;
var TENSOR_FONT = 14;
var SHAPE_FONT = 11;
var WARNING_FONT = 14;
var TEXT_INSET = 5;
var ABOVE = -6;
var BELOW = 17;
var SYMBOL_FONT = 20;
var SYMBOL_ROOM = 32;
var PILL_FONT = 14;
var PILL_PAD = 10;
var GATE_RADIUS = 20;
var REPEAT_SPREAD = 0.3;
var FONT_FAMILY = 'ui-sans-serif, system-ui, "DejaVu Sans", Arial, sans-serif';
var TILE = 1024;
var NEAR_X = 4300;
var NEAR_Y = 1400;
function tileOf(x, y) {
  return `${Math.floor(x / TILE)}:${Math.floor(y / TILE)}`;
}
var NARROW = new Set(" .,:;'|!ilIjft()[]-");
var WIDE = new Set("MWmw@%×…⚠");
var UPPER = /^\p{Uppercase}$/u;
var EAST_ASIAN_WIDE = [
  [4352, 4447],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [43360, 43391],
  [44032, 55203],
  [63744, 64255],
  [65040, 65049],
  [65072, 65135],
  [65280, 65376],
  [65504, 65510],
  [127744, 128591],
  [129280, 129535],
  [131072, 262141]
];
function eastAsianWide(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  return EAST_ASIAN_WIDE.some(([lo, hi]) => cp >= lo && cp <= hi);
}
function textWidth(text, size) {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch) || UPPER.test(ch)) em += 0.78;
    else if (eastAsianWide(ch)) em += 1;
    else em += 0.64;
  }
  return em * size;
}
function symbolMetrics(symbol) {
  let size = SYMBOL_FONT;
  const wide = textWidth(symbol, 1);
  if (wide * PILL_FONT > SYMBOL_ROOM) size = PILL_FONT;
  else if (wide * size > SYMBOL_ROOM) size = Math.max(9, Math.floor(SYMBOL_ROOM / wide));
  return [size, symbol === "*" ? 0.5 * size : 0.35 * size];
}
function gateHalfWidth(symbol, R = GATE_RADIUS) {
  const wide = textWidth(symbol, PILL_FONT);
  return wide <= SYMBOL_ROOM ? R : Math.max(R, wide / 2 + PILL_PAD);
}
function placeGroups(graph) {
  return (graph.groups || []).flatMap((g) => g.box ? [{
    id: g.id,
    name: g.name,
    group: g,
    x: formatCoordinate(g.box.x),
    y: formatCoordinate(g.box.y),
    width: formatCoordinate(g.box.width),
    height: formatCoordinate(g.box.height),
    tx: formatCoordinate(g.box.x + 10),
    ty: formatCoordinate(g.box.y + 4)
  }] : []);
}
function wireTexts(node, digits = 2) {
  const shape = formatShape(node.shape);
  const constant = node.kind === "const";
  return {
    label: node.label || "",
    // data a program names (`n`, `Yb`) is a constant with a name
    shape,
    value: formatSummary(node.value, digits),
    grad: constant ? "" : formatSummary(node.grad, digits),
    font: shape ? TENSOR_FONT : FONT
  };
}
function isCompound(text) {
  let depth = 0;
  for (let i2 = 0; i2 < text.length; i2 += 1) {
    const ch = text[i2];
    if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (depth === 0 && i2 > 0 && "+-*/@^ ".includes(ch)) return true;
  }
  return false;
}
function wireName(node) {
  if (node.label) return node.label;
  let text = node.text || "";
  if (text.length > 24) {
    text = text[0] === "(" && text[text.length - 1] === ")" ? `${text.slice(0, 22)}…)` : `${text.slice(0, 23)}…`;
  }
  return node.kind === "op" && isCompound(text) ? `(${text})` : text;
}
function placeCircuit(graph, digits = 2) {
  const nodes = graph.nodes || [];
  const layout = graph.layout || /** @type {Partial<Graph["layout"]>} */
  {};
  const wire = layout.wire_length ?? 70;
  const gap = layout.gate_gap ?? 20;
  const R = layout.gate_radius ?? 20;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = [];
  const placedById = /* @__PURE__ */ new Map();
  const tiles = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const t3 = wireTexts(node, digits);
    const { x, y } = node;
    const fx = formatCoordinate(x);
    const fy = formatCoordinate(y);
    const fxEnd = formatCoordinate(x + wire);
    const tx = formatCoordinate(x + TEXT_INSET);
    const above = formatCoordinate(y + ABOVE);
    const below = formatCoordinate(y + BELOW);
    const font = t3.font === FONT ? "" : formatCoordinate(t3.font);
    const p = {
      id: node.id,
      node,
      texts: t3,
      wire: { x1: fx, y: fy, x2: fxEnd },
      edges: [],
      tile: tileOf(x, y),
      value: { x: tx, y: above, text: t3.value, font }
    };
    const names = Math.max(textWidth(t3.label, FONT), textWidth(t3.shape, SHAPE_FONT));
    const half = node.kind === "op" ? gateHalfWidth(node.symbol || "", R) : R;
    const box = [node.kind === "op" ? Math.min(x - TEXT_INSET - names, x - gap - 2 * half) : x - TEXT_INSET - names, y + ABOVE - FONT - 4, x + wire, y + BELOW + 5];
    const left = formatCoordinate(x - TEXT_INSET);
    if (t3.label) p.label = { x: left, y: above, text: t3.label };
    if (node.kind !== "const") {
      if (t3.shape) p.shape = { x: left, y: below, text: t3.shape };
      if (t3.grad) p.grad = { x: tx, y: below, text: t3.grad, font };
      if (node.warning) {
        const wx = x + 2 * TEXT_INSET + textWidth(t3.value, t3.font);
        p.warning = { x: formatCoordinate(wx), y: above, text: node.warning };
        box[2] = Math.max(box[2], wx + WARNING_FONT);
      }
    }
    if (node.kind === "op") {
      const cx = x - gap - R;
      const [size, dy] = symbolMetrics(node.symbol || "");
      const cap = x - gap - 2 * half + R;
      p.gate = {
        cx: formatCoordinate(half === R ? cx : x - gap - half),
        cy: fy,
        ty: formatCoordinate(y + dy),
        size: formatCoordinate(size),
        symbol: node.symbol || "",
        title: node.text || wireName(node),
        pill: half === R ? null : {
          x: formatCoordinate(x - gap - 2 * half),
          y: formatCoordinate(y - R),
          width: formatCoordinate(2 * half),
          height: formatCoordinate(2 * R)
        }
      };
      p.out = { x1: formatCoordinate(cx + R), y: fy, x2: fx };
      p.edges = arrows(node, byId, wire, cap, R);
      for (const j of node.inputs || []) {
        const src = byId.get(j);
        if (src) grow(box, [src.x + wire, src.y, src.x + wire, src.y]);
      }
    }
    placed.push(p);
    placedById.set(node.id, p);
    const tile = tiles.get(p.tile);
    if (tile) grow(tile, box);
    else tiles.set(p.tile, box);
  }
  return {
    nodes: placed,
    byId: placedById,
    tiles,
    width: formatCoordinate(layout.width ?? 0),
    height: formatCoordinate(layout.height ?? 0),
    title: title(graph),
    desc: desc(graph, placedById)
  };
}
function grow(box, other) {
  box[0] = Math.min(box[0], other[0]);
  box[1] = Math.min(box[1], other[1]);
  box[2] = Math.max(box[2], other[2]);
  box[3] = Math.max(box[3], other[3]);
}
function arrows(node, byId, wire, cx, R) {
  const inputs2 = node.inputs || [];
  const counts = /* @__PURE__ */ new Map();
  for (const j of inputs2) counts.set(j, (counts.get(j) || 0) + 1);
  const repeats = counts.size < inputs2.length;
  const seen = /* @__PURE__ */ new Map();
  const edges = [];
  inputs2.forEach((j, port) => {
    const src = byId.get(j);
    if (!src) return;
    const sx = formatCoordinate(src.x + wire);
    const sy = formatCoordinate(src.y);
    if (src.y === node.y && !repeats) {
      edges.push({ source: j, port, x1: sx, y1: sy, x2: formatCoordinate(cx - R), y2: formatCoordinate(node.y) });
      return;
    }
    let angle = Math.atan2(src.y - node.y, src.x + wire - cx);
    const count = counts.get(j) ?? 1;
    if (repeats && count > 1) {
      const k = (seen.get(j) ?? -1) + 1;
      seen.set(j, k);
      angle += (k - (count - 1) / 2) * REPEAT_SPREAD;
    }
    edges.push({
      source: j,
      port,
      x1: sx,
      y1: sy,
      x2: formatCoordinate(cx + R * Math.cos(angle)),
      y2: formatCoordinate(node.y + R * Math.sin(angle))
    });
  });
  return edges;
}
function title(graph) {
  let program = (graph.source || "").split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).join("; ");
  if (program.length > 80) program = `${program.slice(0, 79)}…`;
  return program ? `Backpropagation circuit: ${program}` : "Backpropagation circuit";
}
function desc(graph, placed) {
  const nodes = graph.nodes || [];
  const gates = nodes.filter((n) => n.kind === "op").length;
  let text = `${nodes.length} wires and ${gates} gates. Each wire shows its forward value above and its gradient below.`;
  const out = placed.get(graph.output);
  if (out) {
    text += ` Output ${wireName(out.node)} = ${out.texts.value}`;
    text += out.texts.grad ? `, gradient ${out.texts.grad}.` : ".";
  }
  const inputs2 = nodes.filter((n) => n.kind === "input").slice(0, 21);
  if (inputs2.length) {
    const parts = inputs2.slice(0, 20).map((n) => {
      const t3 = (
        /** @type {Placed} */
        placed.get(n.id).texts
      );
      return `${wireName(n)} = ${t3.value}${t3.grad ? ` (gradient ${t3.grad})` : ""}`;
    });
    text += ` Inputs: ${parts.join("; ")}${inputs2.length > 20 ? "; …" : ""}.`;
  }
  return text;
}

// frontend/js/viewfit.js
var TITLE_FONT = 12;
var READABLE_PX = 11;
function wireBox(graph, node, { gate = true } = {}) {
  const { wire_length: wire = 70, gate_gap: gap = 20, gate_radius: R = 20 } = graph.layout ?? {};
  const t3 = wireTexts(node);
  const names = Math.max(textWidth(t3.label, FONT), textWidth(t3.shape, SHAPE_FONT));
  const texts = Math.max(textWidth(t3.value, t3.font), textWidth(t3.grad, t3.font));
  const left = gate && node.kind === "op" ? node.x - gap - 2 * gateHalfWidth(node.symbol || "", R) : node.x - TEXT_INSET - names;
  return [
    left,
    node.y + ABOVE - FONT,
    Math.max(node.x + wire, node.x + TEXT_INSET + texts),
    node.y + BELOW + 4
  ];
}
function union(a, b) {
  return [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3])
  ];
}
function focusBox(graph, frame) {
  const id2 = frame?.active ?? frame?.accumulating ?? frame?.written?.[0];
  if (!id2 || !frame) return null;
  const byId = (nid) => graph.nodes[Number(nid.slice(1))];
  const node = byId(id2);
  if (!node) return null;
  const core = wireBox(graph, node);
  let box = core;
  for (const w of frame.written ?? []) {
    const other = w !== id2 && byId(w);
    if (other) box = union(box, wireBox(graph, other, { gate: false }));
  }
  return { box, core };
}
function smallestFont(graph) {
  let least = FONT;
  for (const node of graph.nodes ?? []) {
    if (formatShape(node.shape) && node.kind !== "const") return SHAPE_FONT;
    least = Math.min(least, wireTexts(node).font);
    if (node.kind === "op") least = Math.min(least, symbolMetrics(node.symbol || "")[0]);
  }
  if ((graph.groups ?? []).some((g) => g.box)) least = Math.min(least, TITLE_FONT);
  return least;
}
function readableScale(graph, px = READABLE_PX) {
  return px / smallestFont(graph);
}

// frontend/js/phone.js
var PHONE_QUERY = "(max-width: 640px), (max-height: 500px) and (pointer: coarse)";
var PHONE_ZOOM_ROOM = 52;
var media = () => globalThis.matchMedia(PHONE_QUERY);
function isPhone() {
  return media().matches;
}
function onPhoneChange(fn) {
  const query = media();
  query.addEventListener("change", fn);
  return () => query.removeEventListener("change", fn);
}
function viewOptions(desktop, phone) {
  return (graph) => {
    if (!isPhone()) return desktop;
    const options = { ...desktop, ...phone };
    const least = graph ? readableScale(graph) : 0;
    return { ...options, minFitScale: Math.max(options.minFitScale ?? 0, least) };
  };
}

// frontend/js/circuit-join.js
var SVG_NS = "http://www.w3.org/2000/svg";
function specsOf(placed, { editable: editable2, muted, radius }) {
  const specs = [];
  const outs = [];
  let tile = "";
  const add = (layer, key, tag, attrs, text, title2) => {
    specs.push({ layer, tile, key, tag, attrs, text, title: title2 });
  };
  for (const p of placed) {
    const n = p.id;
    tile = p.tile;
    const w = p.wire;
    const line = { "data-node": n, x1: w.x1, y1: w.y, x2: w.x2, y2: w.y };
    add("hits", `hit:${n}`, "line", { class: "hit", ...line });
    if (p.node.kind === "const") {
      add("consts", `wire:${n}`, "line", {
        class: "wire const",
        ...line,
        stroke: muted,
        "stroke-width": "1"
      });
      add(
        "consts",
        `value:${n}`,
        "text",
        {
          class: "value const",
          "data-node": n,
          x: p.value.x,
          y: p.value.y,
          "font-size": p.value.font || null
        },
        p.value.text
      );
      if (p.label) {
        add("labels", `label:${n}`, "text", {
          class: "label",
          "data-node": n,
          x: p.label.x,
          y: p.label.y
        }, p.label.text);
      }
      continue;
    }
    add("wires", `wire:${n}`, "line", { class: "wire", ...line });
    if (p.label) {
      add("labels", `label:${n}`, "text", {
        class: "label",
        "data-node": n,
        x: p.label.x,
        y: p.label.y
      }, p.label.text);
    }
    if (p.shape) {
      add("shapes", `shape:${n}`, "text", {
        class: "shape",
        "data-node": n,
        x: p.shape.x,
        y: p.shape.y
      }, p.shape.text);
    }
    const edit = editable2(p.node);
    add("values", `value:${n}`, "text", {
      class: edit ? "value editable" : "value",
      "data-node": n,
      x: p.value.x,
      y: p.value.y,
      "font-size": p.value.font || null,
      tabindex: edit ? "0" : null,
      role: edit ? "button" : null,
      "aria-label": edit ? `Edit ${p.node.label}` : null
    }, p.value.text);
    if (p.grad) {
      add(
        "grads",
        `grad:${n}`,
        "text",
        {
          class: "grad",
          "data-node": n,
          x: p.grad.x,
          y: p.grad.y,
          "font-size": p.grad.font || null
        },
        p.grad.text
      );
    }
    if (p.warning) {
      add(
        "warnings",
        `warning:${n}`,
        "text",
        {
          class: "warning",
          "data-node": n,
          x: p.warning.x,
          y: p.warning.y
        },
        "⚠",
        p.warning.text
      );
    }
    if (!p.gate || !p.out) continue;
    const g = p.gate;
    const out = p.out;
    if (g.pill) {
      add(
        "gates",
        `gate:${n}`,
        "rect",
        {
          class: "gate pill",
          "data-node": n,
          x: g.pill.x,
          y: g.pill.y,
          width: g.pill.width,
          height: g.pill.height,
          rx: radius
        },
        void 0,
        g.title
      );
    } else {
      add("gates", `gate:${n}`, "circle", {
        class: "gate",
        "data-node": n,
        cx: g.cx,
        cy: g.cy,
        r: radius
      }, void 0, g.title);
    }
    add("symbols", `symbol:${n}`, "text", {
      class: "symbol",
      "data-node": n,
      x: g.cx,
      y: g.ty,
      "font-size": g.size
    }, g.symbol);
    for (const e of p.edges) {
      add("edges", `edge:${n}:${e.port}`, "line", {
        class: "edge",
        "data-node": n,
        "data-source": e.source,
        "data-port": String(e.port),
        x1: e.x1,
        y1: e.y1,
        x2: e.x2,
        y2: e.y2
      });
    }
    outs.push({
      layer: "edges",
      tile,
      key: `out:${n}`,
      tag: "line",
      attrs: {
        class: "out",
        "data-node": n,
        x1: out.x1,
        y1: out.y,
        x2: out.x2,
        y2: out.y
      }
    });
  }
  return specs.concat(outs);
}
function joinLayers(layers, old, specs, held = /* @__PURE__ */ new Map()) {
  const owner = new Map([...held].map(([group, holder]) => [holder, group]));
  const inLayer = (e, g) => {
    const parent2 = e?.parentNode;
    return ((parent2 && owner.get(parent2)) ?? parent2)?.parentNode === g;
  };
  const byLayer = new Map(Object.keys(layers).map((name2) => [name2, /* @__PURE__ */ new Map()]));
  for (const s of specs) {
    const tiles = (
      /** @type {Map<string, Spec[]>} */
      byLayer.get(s.layer)
    );
    const list = tiles.get(s.tile);
    if (list) list.push(s);
    else tiles.set(s.tile, [s]);
  }
  const next = /* @__PURE__ */ new Map();
  for (const [name2, tiles] of byLayer) {
    const g = layers[name2];
    if (![...tiles.values()].some((list) => list.some((s) => inLayer(old.get(s.key), g)))) {
      let html = "";
      for (const [key, list] of tiles) {
        html += `<g class="tile" data-tile="${key}">${list.map(markup).join("")}</g>`;
      }
      g.innerHTML = html;
      for (const group of g.children) {
        const list = (
          /** @type {Spec[]} */
          tiles.get(group.getAttribute("data-tile") ?? "")
        );
        const kids = group.children;
        for (let i2 = 0; i2 < list.length; i2 += 1) next.set(list[i2].key, kids[i2]);
      }
      continue;
    }
    const groups = new Map([...g.children].map((t3) => [t3.getAttribute("data-tile"), t3]));
    const order = [];
    for (const [key, list] of tiles) {
      let group = groups.get(key);
      if (!group) {
        group = document.createElementNS(SVG_NS, "g");
        group.setAttribute("class", "tile");
        group.setAttribute("data-tile", key);
      }
      order.push(group);
      const box = held.get(group) ?? group;
      if (!box.firstElementChild && !list.some((s) => inLayer(old.get(s.key), g))) {
        box.innerHTML = list.map(markup).join("");
        const kids = box.children;
        for (let i2 = 0; i2 < list.length; i2 += 1) next.set(list[i2].key, kids[i2]);
        continue;
      }
      const els = list.map((s) => {
        let e = old.get(s.key);
        if (e && inLayer(e, g) && e.localName === s.tag) update(e, s);
        else e = create(s);
        next.set(s.key, e);
        return e;
      });
      replaceIfChanged(box, els);
    }
    replaceIfChanged(g, order);
  }
  return next;
}
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var escape = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);
function markup(s) {
  let out = `<${s.tag}`;
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v !== null && v !== void 0) out += ` ${k}="${escape(v)}"`;
  }
  out += ">";
  if (s.title !== void 0) out += `<title>${escape(s.title)}</title>`;
  if (s.text !== void 0) out += escape(s.text);
  return `${out}</${s.tag}>`;
}
function create(s) {
  const e = document.createElementNS(SVG_NS, s.tag);
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v !== null && v !== void 0) e.setAttribute(k, v);
  }
  if (s.title !== void 0) {
    const title2 = document.createElementNS(SVG_NS, "title");
    title2.textContent = s.title;
    e.append(title2);
  }
  if (s.text !== void 0) e.append(document.createTextNode(s.text));
  return e;
}
function update(e, s) {
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v === null || v === void 0) {
      if (e.hasAttribute(k)) e.removeAttribute(k);
    } else if (e.getAttribute(k) !== v) {
      e.setAttribute(k, v);
    }
  }
  const title2 = (
    /** @type {ChildNode} */
    e.firstChild
  );
  if (s.title !== void 0 && e.firstChild?.textContent !== s.title) {
    title2.textContent = s.title;
  }
  const words = (
    /** @type {Text | null | undefined} */
    s.title === void 0 ? e.firstChild : e.firstChild?.nextSibling
  );
  if (s.text !== void 0 && words?.data !== s.text) {
    if (words) words.data = s.text;
    else e.append(document.createTextNode(s.text));
  }
}
function replaceIfChanged(parent2, list) {
  const kids = parent2.children;
  let same = kids.length === list.length;
  for (let i2 = 0; same && i2 < list.length; i2 += 1) same = kids[i2] === list[i2];
  if (same) return;
  const fragment = document.createDocumentFragment();
  for (const e of list) fragment.append(e);
  parent2.replaceChildren(fragment);
}

// frontend/js/circuit-svg.js
var SVG_NS2 = "http://www.w3.org/2000/svg";
var THEMES = {
  light: {
    background: "#ffffff",
    line: "#000000",
    gate_fill: "#ffffff",
    value: "#2e7d32",
    grad: "#c62828",
    muted: "#5f6673",
    warning: "#a04f00",
    group: "#2f5f9e"
  },
  dark: {
    background: "#15181e",
    line: "#e6e9ee",
    gate_fill: "#1d2129",
    value: "#7bd88f",
    grad: "#ff7b7b",
    muted: "#9aa3b1",
    warning: "#ffb454",
    group: "#8fb4e8"
  }
};
function el(name2, attrs) {
  const e = document.createElementNS(SVG_NS2, name2);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}
function setAttrs2(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) e.removeAttribute(k);
    else if (e.getAttribute(k) !== v) e.setAttribute(k, v);
  }
}
function keyOf(e) {
  const role = e.classList[0];
  const node = e.getAttribute("data-node");
  if (!role || node === null) return null;
  return role === "edge" ? `edge:${node}:${e.getAttribute("data-port")}` : `${role}:${node}`;
}
function svgFor(container, markerId, tiles, elements) {
  const adopted = container.querySelector(":scope > svg.cgviz");
  const find2 = (selector) => adopted?.querySelector(`:scope > ${selector}`) ?? null;
  const svg = adopted ?? el("svg", {});
  setAttrs2(svg, { role: "img", "font-family": FONT_FAMILY, "font-size": formatCoordinate(FONT) });
  svg.classList.add("cgviz");
  const titleEl = (
    /** @type {SVGTitleElement | null} */
    find2("title") ?? el("title", {})
  );
  const descEl = (
    /** @type {SVGDescElement | null} */
    find2("desc") ?? el("desc", {})
  );
  const marker = (
    /** @type {SVGMarkerElement | null} */
    find2("defs > marker") ?? el("marker", {})
  );
  if (adopted && marker.id && document.querySelectorAll(`[id="${marker.id}"]`).length === 1) {
    markerId = marker.id;
  }
  setAttrs2(marker, {
    id: markerId,
    refX: "6",
    refY: "2",
    markerWidth: "6",
    markerHeight: "4",
    orient: "auto"
  });
  const arrowPath = marker.querySelector("path") ?? el("path", {});
  setAttrs2(arrowPath, { class: "arrowhead", d: "M 0,0 V 4 L6,2 Z" });
  if (!arrowPath.parentNode) marker.append(arrowPath);
  const defs = (
    /** @type {Element | null} */
    marker.parentNode ?? el("defs", {})
  );
  if (!marker.parentNode) defs.append(marker);
  const background = (
    /** @type {SVGRectElement | null} */
    find2("rect.background") ?? el("rect", {})
  );
  setAttrs2(background, { class: "background", width: "100%", height: "100%" });
  const layerAttrs = {
    groups: { fill: "none" },
    // expanded groups' boxes (docs/language.md), under everything
    hits: {},
    edges: { "stroke-width": "1", "marker-end": `url(#${markerId})` },
    wires: { "stroke-width": "1" },
    gates: { "stroke-width": "1" },
    symbols: { "text-anchor": "middle" },
    consts: {},
    labels: { "text-anchor": "end" },
    shapes: { "text-anchor": "end", "font-size": formatCoordinate(SHAPE_FONT) },
    values: {},
    grads: {},
    warnings: { "font-size": formatCoordinate(WARNING_FONT) },
    marks: {}
  };
  const layers = (
    /** @type {Layers} */
    {}
  );
  for (const [name2, attrs] of Object.entries(layerAttrs)) {
    const g = (
      /** @type {SVGGElement | null} */
      find2(`g.${name2}`) ?? el("g", { class: name2 })
    );
    setAttrs2(g, attrs);
    layers[
      /** @type {keyof Layers} */
      name2
    ] = g;
  }
  let prev = null;
  for (const part of [titleEl, descEl, defs, background, ...Object.values(layers)]) {
    if (part.parentNode !== svg || part.previousElementSibling !== prev) {
      if (prev) prev.after(part);
      else svg.prepend(part);
    }
    prev = part;
  }
  if (adopted) {
    for (const g of Object.values(layers)) {
      for (const tile of g.children) {
        if (!tile.firstElementChild) tiles.hold(tile);
        for (const e of tile.children) {
          const key = keyOf(e);
          if (key) elements.set(key, e);
        }
      }
    }
    if (tiles.held.size) tiles.seen = [-Infinity, -Infinity, NEAR_X, NEAR_Y];
    for (const node of [...container.childNodes]) if (node !== svg) node.remove();
  } else {
    container.replaceChildren(svg);
  }
  return { svg, titleEl, descEl, background, arrowPath, markerId, layers };
}
function paintTheme(parts, theme2, elements) {
  const c = THEMES[theme2];
  const L = parts.layers;
  parts.svg.classList.remove("cgviz-light", "cgviz-dark");
  parts.svg.classList.add(`cgviz-${theme2}`);
  parts.background.setAttribute("fill", c.background);
  parts.arrowPath.setAttribute("fill", c.line);
  for (const g of [L.edges, L.wires, L.gates]) g.setAttribute("stroke", c.line);
  L.gates.setAttribute("fill", c.gate_fill);
  L.symbols.setAttribute("fill", c.line);
  L.labels.setAttribute("fill", c.line);
  L.consts.setAttribute("fill", c.muted);
  L.shapes.setAttribute("fill", c.muted);
  L.values.setAttribute("fill", c.value);
  L.grads.setAttribute("fill", c.grad);
  L.marks.setAttribute("fill", c.grad);
  L.warnings.setAttribute("fill", c.warning);
  L.groups.setAttribute("stroke", c.group);
  for (const title2 of L.groups.querySelectorAll(".group-title")) {
    setAttrs2(title2, { fill: c.group, stroke: c.background });
  }
  for (const [key, e] of elements) {
    if (key.startsWith("wire:") && e.classList.contains("const")) {
      e.setAttribute("stroke", c.muted);
    }
  }
}

// frontend/js/tiles.js
var SVG_NS3 = "http://www.w3.org/2000/svg";
var Tiles = class {
  constructor() {
    this.held = /* @__PURE__ */ new Map();
    this.byKey = /* @__PURE__ */ new Map();
    this.seen = null;
  }
  /**
   * A group that came empty (a far tile of the server's page): its elements come later.
   * @param {Element} group
   */
  hold(group) {
    this.held.set(group, document.createElementNS(SVG_NS3, "g"));
  }
  /**
   * The tile groups of `layers` after a join, with `boxes` (tile key → [x0, y0, x1, y1], what
   * its elements cover: circuit-geometry.js placeCircuit); groups no longer drawn are dropped.
   * @param {Iterable<Element>} layers
   * @param {Map<string, number[]>} boxes
   */
  collect(layers, boxes) {
    const held = /* @__PURE__ */ new Map();
    this.byKey = /* @__PURE__ */ new Map();
    for (const g of layers) {
      for (const group of g.children) {
        const key = group.getAttribute("data-tile");
        const holder = this.held.get(group);
        if (holder) held.set(group, holder);
        const tile = this.byKey.get(key);
        if (tile) tile.groups.push(group);
        else this.byKey.set(key, { groups: [group], box: boxes.get(key ?? ""), shown: null });
      }
    }
    this.held = held;
    if (this.seen) this.cull(this.seen);
  }
  /**
   * Keep in the page only the elements of the tiles that meet `rect` (circuit coordinates).
   * @param {number[]} rect  [x0, y0, x1, y1]
   */
  cull(rect) {
    this.seen = rect;
    const [x0, y0, x1, y1] = rect;
    for (const tile of this.byKey.values()) {
      const b = tile.box;
      const shown = !b || b[0] <= x1 && b[2] >= x0 && b[1] <= y1 && b[3] >= y0;
      if (shown === tile.shown) continue;
      tile.shown = shown;
      for (const group of tile.groups) {
        const holder = this.held.get(group);
        if (shown && holder) {
          moveChildren(holder, group);
          this.held.delete(group);
        } else if (!shown && !holder) {
          const box = document.createElementNS(SVG_NS3, "g");
          moveChildren(group, box);
          this.held.set(group, box);
        }
      }
    }
  }
  /**
   * `fn()` with every tile's elements in the page, then only the tiles in view again.
   * @template T
   * @param {() => T} fn
   * @returns {T}
   */
  whole(fn) {
    const seen = this.seen;
    if (seen) this.cull([-Infinity, -Infinity, Infinity, Infinity]);
    try {
      return fn();
    } finally {
      if (seen) this.cull(seen);
    }
  }
};
function moveChildren(from, to) {
  while (from.firstChild) to.appendChild(from.firstChild);
}

// frontend/js/circuit.js
var ROLES = ["wire", "label", "shape", "value", "grad", "warning", "gate", "symbol"];
var views = 0;
function lookup2(m, id2) {
  if (!m) return void 0;
  return m instanceof Map ? m.get(id2) : (
    /** @type {Record<string, TensorJson | null>} */
    m[id2]
  );
}
function has(m, id2) {
  if (!m) return false;
  return m instanceof Map ? m.has(id2) : Object.prototype.hasOwnProperty.call(m, id2);
}
function drawCircuit(container, graph, options = {}) {
  const view = new CircuitView(container, options);
  view.setGraph(graph);
  return view;
}
var CircuitView = class {
  /**
   * An empty view (drawCircuit draws its first graph).
   * @param {HTMLElement} container
   * @param {{digits?: number, theme?: Theme, onInputValueClick?: OnInputValueClick}} options
   */
  constructor(container, options) {
    this.container = container;
    this.digits = options.digits ?? 2;
    this.theme = options.theme === "dark" ? "dark" : "light";
    this.onInputValueClick = options.onInputValueClick || null;
    this.graph = null;
    this.frame = null;
    this.layout = null;
    this.elements = /* @__PURE__ */ new Map();
    this.tiles = new Tiles();
    this.listeners = { draw: /* @__PURE__ */ new Set(), show: /* @__PURE__ */ new Set() };
    this.rows = [];
    this.flowing = [];
    this.accumulating = [];
    this.markerId = `cgviz-arrow-${views += 1}`;
    const parts = svgFor(this.container, this.markerId, this.tiles, this.elements);
    this.svg = parts.svg;
    this.titleEl = parts.titleEl;
    this.descEl = parts.descEl;
    this.background = parts.background;
    this.arrowPath = parts.arrowPath;
    this.markerId = parts.markerId;
    this.layers = parts.layers;
    this.svg.addEventListener("click", (e) => this.clicked(e));
    this.svg.addEventListener("keydown", (e) => {
      const target = (
        /** @type {Element | null} */
        e.target
      );
      if ((e.key === "Enter" || e.key === " ") && target?.classList?.contains("editable")) {
        e.preventDefault();
        this.clicked(e);
      }
    });
    this.paintTheme();
  }
  /** Presentation attributes as the server writes them, for a theme. */
  paintTheme() {
    paintTheme(this, this.theme, this.elements);
  }
  /**
   * Hear each new graph ("draw") or frame ("show"); returns an unsubscribe.
   * @template {keyof ViewEvents} K
   * @param {K} kind
   * @param {(detail: ViewEvents[K], view: CircuitView) => void} fn
   * @returns {() => boolean}
   */
  on(kind, fn) {
    this.listeners[kind].add(fn);
    return () => this.listeners[kind].delete(fn);
  }
  /**
   * @template {keyof ViewEvents} K
   * @param {K} kind
   * @param {ViewEvents[K]} detail
   */
  emit(kind, detail) {
    for (const fn of this.listeners[kind]) fn(detail, this);
  }
  /** @param {{digits?: number, theme?: string}} [options] */
  setOptions({ digits, theme: theme2 } = {}) {
    if (theme2 && theme2 !== this.theme) {
      this.theme = theme2 === "dark" ? "dark" : "light";
      this.paintTheme();
    }
    if (digits !== void 0 && digits !== this.digits && this.graph) {
      this.digits = digits;
      const frame = this.frame;
      this.setGraph(this.graph);
      if (frame) this.show(frame);
    }
  }
  /**
   * Redraw for a new graph: the keyed join (circuit-join.js), then every wire as drawn by
   * the server (no frame).
   * @param {Graph} graph
   */
  setGraph(graph) {
    const before = this.layout;
    this.graph = graph;
    this.frame = null;
    const layout = placeCircuit(graph, this.digits);
    this.layout = layout;
    const { width, height } = layout;
    setAttrs2(this.svg, { viewBox: `0 0 ${width} ${height}`, width, height });
    this.titleEl.textContent = layout.title;
    this.descEl.textContent = layout.desc;
    const specs = specsOf(layout.nodes, {
      // Scalars only: a tensor input's value opens its matrices (popover.js) instead.
      editable: (node) => Boolean(this.onInputValueClick) && node.kind === "input" && !node.shape?.length,
      muted: THEMES[this.theme].muted,
      radius: formatCoordinate(graph.layout?.gate_radius ?? 20)
    });
    const { marks: marks2, groups, ...drawn } = this.layers;
    this.elements = joinLayers(drawn, this.elements, specs, this.tiles.held);
    this.drawGroups(groups, graph);
    this.tiles.collect(Object.values(drawn), layout.tiles);
    this.svg.classList.remove("cgviz-frame", "phase-forward", "phase-backward");
    this.flowing = [];
    this.accumulating = [];
    marks2.replaceChildren();
    this.rows = layout.nodes.filter((p) => p.node.kind !== "const").map((p) => {
      const get = (role) => this.elements.get(`${role}:${p.id}`) || null;
      const texts = ["wire", "label", "value", "grad", "shape"].flatMap((role) => get(role) ?? []);
      return {
        p,
        id: p.id,
        value: (
          /** @type {Element} */
          get("value")
        ),
        grad: get("grad"),
        gate: get("gate"),
        symbol: get("symbol"),
        parts: texts,
        // what the DOM shows now, so a frame touches only what changes
        v: p.value.text,
        g: p.grad ? p.grad.text : null,
        pv: false,
        pg: false,
        written: false,
        active: false
      };
    });
    const sizeChanged = !before || before.width !== width || before.height !== height;
    this.emit("draw", { sizeChanged });
  }
  /**
   * The boxes and titles of the expanded groups, as the server's template writes them: few,
   * so drawn afresh each time rather than joined.
   * @param {SVGGElement} layer
   * @param {Graph} graph
   */
  drawGroups(layer, graph) {
    const c = THEMES[this.theme];
    const parts = [];
    for (const b of placeGroups(graph)) {
      parts.push(el("rect", {
        class: "group-box",
        "data-group": b.id,
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        rx: "10",
        "stroke-dasharray": "6 3"
      }));
      const title2 = el("text", {
        class: "group-title",
        "data-group": b.id,
        x: b.tx,
        y: b.ty,
        "font-size": "12",
        "font-weight": "600",
        fill: c.group,
        stroke: c.background,
        "stroke-width": "4",
        "paint-order": "stroke"
      });
      title2.textContent = b.name;
      parts.push(title2);
    }
    layer.replaceChildren(...parts);
  }
  /**
   * Keep in the page only the tiles that meet `rect` ([x0, y0, x1, y1], circuit
   * coordinates; tiles.js).
   * @param {number[]} rect
   */
  cull(rect) {
    this.tiles.cull(rect);
  }
  /**
   * Run `fn(svg)` with every tile's elements in the page (an export reads them all).
   * @template T
   * @param {(svg: SVGSVGElement) => T} fn
   * @returns {T}
   */
  whole(fn) {
    return this.tiles.whole(() => fn(this.svg));
  }
  /**
   * The elements drawn for a node (its hit area excluded), optionally only some roles.
   * @param {string} id
   * @param {string[]} [roles]
   * @returns {Element[]}
   */
  elementsOf(id2, roles = ROLES) {
    const out = [];
    for (const role of roles) {
      const e = this.elements.get(`${role}:${id2}`);
      if (e) out.push(e);
    }
    return out;
  }
  /**
   * The placed record of a node (coordinates, texts, node JSON), or undefined.
   * @param {string} id
   * @returns {Placed | undefined}
   */
  placed(id2) {
    return this.layout?.byId.get(id2);
  }
  /**
   * The JSON value and gradient a wire shows now (undefined while pending).
   * @param {string} id
   * @returns {{value: TensorJson | null | undefined, grad: TensorJson | null | undefined}}
   */
  shown(id2) {
    const node = this.placed(id2)?.node;
    if (!node) return { value: void 0, grad: void 0 };
    const f = this.frame;
    if (!f || node.kind === "const") return { value: node.value, grad: f ? void 0 : node.grad };
    return { value: lookup2(f.values, id2), grad: lookup2(f.grads, id2) };
  }
  /**
   * Apply a frame: hide what it does not show (`.pending`), update texts in place, mark the
   * active gate, the written wires and an accumulating wire. `null` shows everything.
   * Each row remembers what its elements show, so a step touches only the wires it changes.
   * @param {Frame | null | undefined} frame
   */
  show(frame) {
    this.frame = frame || null;
    const f = this.frame;
    const written = new Set(f?.written || []);
    const svg = this.svg;
    svg.classList.toggle("cgviz-frame", f !== null);
    svg.classList.toggle("phase-forward", f?.phase === "forward");
    svg.classList.toggle("phase-backward", f?.phase === "backward");
    const digits = this.digits;
    for (const row of this.rows) {
      const n = row.id;
      const node = row.p.node;
      const pv = Boolean(f) && !has(f?.values, n);
      const v = pv ? row.v : formatSummary(f ? lookup2(f.values, n) : node.value, digits);
      if (pv !== row.pv) row.value.classList.toggle("pending", row.pv = pv);
      if (v !== row.v) row.value.textContent = row.v = v;
      if (row.grad) {
        const pg = Boolean(f) && !has(f?.grads, n);
        const g = pg ? row.g : formatSummary(f ? lookup2(f.grads, n) : node.grad, digits);
        if (pg !== row.pg) row.grad.classList.toggle("pending", row.pg = pg);
        if (g !== row.g) row.grad.textContent = row.g = g;
      }
      const isWritten = written.has(n);
      if (isWritten !== row.written) {
        row.written = isWritten;
        for (const e of row.parts) e.classList.toggle("written", isWritten);
      }
      const active2 = f?.active === n;
      if (row.gate && active2 !== row.active) {
        row.active = active2;
        row.gate.classList.toggle("active", active2);
        row.symbol?.classList.toggle("active", active2);
      }
    }
    this.markFlow(f?.active ?? null, written);
    this.markAccumulation(f?.accumulating ?? null);
    this.emit("show", f);
  }
  /**
   * The arrows between the active gate and the wires it writes: the numbers' path.
   * @param {string | null} active
   * @param {Set<string>} written
   */
  markFlow(active2, written) {
    for (const e of this.flowing || []) e.classList.remove("flow");
    this.flowing = [];
    const p = active2 && this.placed(active2);
    if (!active2 || !p) return;
    for (const edge of p.edges) {
      if (!written.has(edge.source)) continue;
      const e = this.elements.get(`edge:${active2}:${edge.port}`);
      e?.classList.add("flow");
      if (e) this.flowing.push(e);
    }
    const out = this.elements.get(`out:${active2}`);
    if (out && written.has(active2)) {
      out.classList.add("flow");
      this.flowing.push(out);
    }
  }
  /**
   * The `+=` after the gradient of a wire receiving its second (or later) contribution.
   * @param {string | null} id
   */
  markAccumulation(id2) {
    for (const e of this.accumulating || []) e.classList.remove("accumulating");
    this.accumulating = [];
    this.layers.marks.replaceChildren();
    const p = id2 && this.placed(id2);
    if (!id2 || !p || !p.grad) return;
    for (const role of ["wire", "grad"]) {
      const e = (
        /** @type {Element} */
        this.elements.get(`${role}:${id2}`)
      );
      e.classList.add("accumulating");
      this.accumulating.push(e);
    }
    const shape = p.shape ? textWidth(p.shape.text, SHAPE_FONT) + TEXT_INSET : 0;
    const x = Number(p.wire.x1) - TEXT_INSET - shape;
    const mark2 = el("text", {
      class: "accumulate-mark",
      "data-for": id2,
      x: formatCoordinate(x),
      y: p.grad.y,
      "font-size": formatCoordinate(p.texts.font),
      "text-anchor": "end"
    });
    mark2.textContent = "+=";
    this.layers.marks.append(mark2);
  }
  /** @param {Event} event */
  clicked(event) {
    const target = (
      /** @type {Element | null} */
      event.target?.closest?.("text.value.editable")
    );
    if (!target || !this.onInputValueClick) return;
    this.onInputValueClick(
      /** @type {string} */
      target.dataset.node,
      target
    );
  }
  destroy() {
    this.svg.remove();
    this.elements.clear();
    for (const set of Object.values(this.listeners)) set.clear();
  }
};

// frontend/js/icons.js
var SVG_NS4 = "http://www.w3.org/2000/svg";
function icon(doc2, d, { size = 20, cls = null } = {}) {
  const svg = doc2.createElementNS(SVG_NS4, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = doc2.createElementNS(SVG_NS4, "path");
  path.setAttribute("d", d);
  if (cls) path.setAttribute("class", cls);
  svg.append(path);
  return svg;
}

// frontend/js/controls.js
var ICONS = {
  first: "M5 4v12 M15 4l-7 6 7 6",
  prev: "M12.5 4l-6 6 6 6",
  play: "M6 3.5v13l11-6.5z",
  pause: "M6 4h3v12H6z M11 4h3v12h-3z",
  next: "M7.5 4l6 6-6 6",
  last: "M15 4v12 M5 4l7 6-7 6"
};
var FILLED = /* @__PURE__ */ new Set(["play", "pause"]);
function controlWords() {
  return {
    group: t("ui.controls_group"),
    first: t("ui.step_first"),
    prev: t("ui.step_prev"),
    play: t("ui.play"),
    pause: t("ui.pause"),
    next: t("ui.step_next"),
    last: t("ui.step_last"),
    speed: t("ui.speed"),
    scrubber: t("ui.scrubber"),
    phase: {
      start: t("ui.phase_start"),
      forward: t("ui.phase_forward"),
      backward: t("ui.phase_backward")
    },
    /** @type {(k: number, n: number) => string} */
    count: (k, n) => t("ui.step_of", { k, n }),
    /** @type {(n: number) => string} */
    ready: (n) => t("ui.steps_total", { n }),
    marker: t("ui.backward_marker")
  };
}
function el2(doc2, tag, attrs = {}, children = []) {
  const node = doc2.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
function buttonIcon(doc2, name2) {
  return icon(doc2, ICONS[name2], { cls: FILLED.has(name2) ? "icon-fill" : "icon-stroke" });
}
function wantsKey(event) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  const t3 = (
    /** @type {HTMLElement | null} */
    event.target
  );
  if (!t3 || typeof t3.closest !== "function") return true;
  if (t3.closest("dialog[open]")) return false;
  if (t3.isContentEditable || t3.closest("textarea, select, [contenteditable=''], [contenteditable='true'], [role=slider], [role=textbox]")) return false;
  if (t3.closest("input")) return false;
  if (event.key === " " && t3.closest("button, a[href], summary")) return false;
  return true;
}
var KEYS = {
  ArrowRight: (p) => p.next(),
  ArrowLeft: (p) => p.prev(),
  " ": (p) => p.toggle(),
  Home: (p) => p.first(),
  End: (p) => p.last()
};
function createControls(container, player, options = {}) {
  const doc2 = container.ownerDocument;
  const t3 = controlWords();
  const cleanup = [];
  const button = (action) => {
    const b = el2(doc2, "button", {
      type: "button",
      class: "cg-btn",
      "data-action": action,
      "aria-label": t3[action],
      title: t3[action]
    }, [buttonIcon(doc2, action)]);
    b.addEventListener("click", () => player[action === "play" ? "toggle" : action]());
    return b;
  };
  const actions = ["first", "prev", "play", "next", "last"];
  const buttons = (
    /** @type {Record<Action, HTMLButtonElement>} */
    Object.fromEntries(actions.map((a) => [a, button(a)]))
  );
  buttons.play.classList.add("cg-play");
  const scrubber = el2(doc2, "input", {
    id: "scrubber",
    type: "range",
    min: "-1",
    max: "-1",
    step: "1",
    value: "-1",
    "aria-label": t3.scrubber
  });
  scrubber.addEventListener("input", () => player.goto(Number(scrubber.value)));
  const marker = el2(doc2, "span", { class: "cg-marker", title: t3.marker, "aria-hidden": "true" });
  const scrub = el2(doc2, "div", { class: "cg-scrub" }, [scrubber, marker]);
  const speed = el2(
    doc2,
    "select",
    { id: "speed", "aria-label": t3.speed, title: t3.speed },
    SPEEDS.map((s) => el2(doc2, "option", { value: String(s) }, [`${s}×`]))
  );
  speed.value = String(player.speed);
  speed.addEventListener("change", () => {
    player.speed = Number(speed.value);
    options.onSpeed?.(player.speed);
  });
  const element = el2(
    doc2,
    "div",
    { class: "cg-controls", role: "group", "aria-label": t3.group },
    [el2(doc2, "div", { class: "cg-buttons" }, Object.values(buttons)), scrub, speed]
  );
  container.append(element);
  let caption = null;
  const parts = {
    phase: el2(doc2, "span", { class: "cg-phase" }),
    count: el2(doc2, "span", { class: "cg-count" }),
    text: el2(doc2, "span", { class: "cg-text" })
  };
  if (options.caption !== false) {
    caption = el2(
      doc2,
      "p",
      { id: "caption", class: "cg-caption", "aria-live": "polite" },
      [parts.phase, parts.count, parts.text]
    );
    const realm = (
      /** @type {typeof globalThis} */
      /** @type {unknown} */
      doc2.defaultView
    );
    (options.caption instanceof realm.Element ? options.caption : container).append(caption);
  }
  const showPlaying = ({ playing }) => {
    const name2 = playing ? "pause" : "play";
    buttons.play.replaceChildren(buttonIcon(doc2, name2));
    buttons.play.setAttribute("aria-label", t3[name2]);
    buttons.play.title = t3[name2];
    buttons.play.dataset.state = playing ? "playing" : "paused";
    element.classList.toggle("is-playing", playing);
    if (speed.value !== String(player.speed)) speed.value = String(player.speed);
  };
  cleanup.push(player.subscribe(showPlaying));
  showPlaying(player);
  if (options.keyboard !== false) {
    const target = options.keyTarget ?? doc2;
    const onKey = (event) => {
      const action = KEYS[event.key];
      if (!action || !wantsKey(event)) return;
      event.preventDefault();
      action(player);
    };
    const listener = (
      /** @type {EventListener} */
      onKey
    );
    target.addEventListener("keydown", listener);
    cleanup.push(() => target.removeEventListener("keydown", listener));
  }
  function update2(frame) {
    const { index, total } = frame;
    const last2 = Math.max(-1, total - 1);
    scrubber.max = String(last2);
    scrubber.value = String(index);
    scrubber.disabled = total === 0;
    const phase = t3.phase[frame.phase] ?? frame.phase;
    const count = index < 0 ? t3.ready(total) : t3.count(index + 1, total);
    scrubber.setAttribute("aria-valuetext", `${phase}, ${count}`);
    const span = last2 + 1;
    const split = span > 0 ? Math.min(1, Math.max(0, (frame.backwardStart + 1) / span)) : 1;
    scrub.style.setProperty("--split", String(split));
    marker.hidden = !(frame.backwardStart > 0 && frame.backwardStart < total);
    for (
      const a of
      /** @type {const} */
      ["first", "prev"]
    ) {
      buttons[a].ariaDisabled = String(index <= -1);
    }
    for (
      const a of
      /** @type {const} */
      ["next", "last"]
    ) {
      buttons[a].ariaDisabled = String(index >= last2);
    }
    element.dataset.phase = frame.phase;
    if (caption) {
      caption.dataset.phase = frame.phase;
      parts.phase.textContent = phase;
      parts.count.textContent = count;
      parts.text.textContent = frame.caption;
    }
  }
  function destroy() {
    for (const undo2 of cleanup) undo2();
    element.remove();
    caption?.remove();
  }
  return { element, caption, update: update2, destroy };
}

// frontend/js/overflow.js
var SIDES = {
  // 16×16 chevrons pointing out of the view
  left: "M10 3l-5 5 5 5",
  right: "M6 3l5 5-5 5",
  top: "M3 10l5-5 5 5",
  bottom: "M3 6l5 5 5-5"
};
var SLACK = 1;
function attachOverflow(container) {
  const doc2 = container.ownerDocument;
  const layer = doc2.createElement("div");
  layer.className = "edge-fades";
  layer.setAttribute("aria-hidden", "true");
  const fades = (
    /** @type {Record<Side, HTMLSpanElement>} */
    {}
  );
  for (
    const [side, d] of
    /** @type {Array<[Side, string]>} */
    Object.entries(SIDES)
  ) {
    const fade = doc2.createElement("span");
    fade.className = "edge-fade";
    fade.dataset.edge = side;
    fade.hidden = true;
    fade.append(icon(doc2, d, { size: 16 }));
    fades[side] = fade;
    layer.append(fade);
  }
  container.append(layer);
  const update2 = (event) => {
    const b = (
      /** @type {CustomEvent<Bounds>} */
      event.detail
    );
    const beyond = {
      left: b.x < -SLACK,
      right: b.x + b.width > b.viewWidth + SLACK,
      top: b.y < -SLACK,
      bottom: b.y + b.height > b.viewHeight + SLACK
    };
    for (
      const [side, more] of
      /** @type {Array<[Side, boolean]>} */
      Object.entries(beyond)
    ) {
      if (fades[side].hidden === more) fades[side].hidden = !more;
    }
    const touch = beyond.top || beyond.bottom ? "" : "pan-y";
    if (container.style.touchAction !== touch) container.style.touchAction = touch;
  };
  container.addEventListener("cgviz:view", update2);
  return {
    destroy() {
      container.removeEventListener("cgviz:view", update2);
      layer.remove();
      container.style.touchAction = "";
    }
  };
}

// frontend/js/gestures.js
var DRAG_THRESHOLD = 4;
var Gestures = class {
  /** @param {PanZoom} pz  the view the gestures move */
  constructor(pz) {
    this.pz = pz;
    this.el = pz.el;
    this.pointers = /* @__PURE__ */ new Map();
    this.dragging = false;
    this.wasDragging = false;
    this.idle = 0;
    const on = (type, fn, opts) => {
      this.el.addEventListener(type, fn, opts);
      return () => this.el.removeEventListener(type, fn, opts);
    };
    this.off = [
      on("pointerdown", (e) => this.down(e)),
      on("pointermove", (e) => this.move(e)),
      on("pointerup", (e) => this.up(e)),
      on("pointercancel", (e) => this.up(e)),
      on("click", (e) => this.swallowClickAfterDrag(e), true),
      on("wheel", (e) => this.wheel(e), { passive: false }),
      on("keydown", (e) => this.key(e))
    ];
  }
  /** `will-change` only while moving: composited while panning, crisp once still. */
  busy() {
    this.el.classList.add("panning");
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.pointers.size) this.el.classList.remove("panning");
    }, 160);
  }
  /**
   * Events from the circuit or the bare viewport, not from a popover or tooltip inside it.
   * @param {Event} e
   */
  mine(e) {
    const target = (
      /** @type {Node | null} */
      e.target
    );
    return target === this.el || this.pz.view.svg.contains(target);
  }
  /** @param {PointerEvent} e */
  down(e) {
    if (e.pointerType === "mouse" && e.button !== 0 || !this.mine(e)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, x0: e.clientX, y0: e.clientY });
    this.dragging = this.dragging || this.pointers.size > 1;
    if (this.pointers.size > 1) this.capture();
  }
  capture() {
    for (const id2 of this.pointers.keys()) {
      if (!this.el.hasPointerCapture(id2)) this.el.setPointerCapture(id2);
    }
  }
  /** @param {PointerEvent} e */
  move(e) {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    if (this.pointers.size === 1) {
      if (!this.dragging && Math.hypot(e.clientX - p.x0, e.clientY - p.y0) < DRAG_THRESHOLD) {
        return;
      }
      this.dragging = true;
      this.capture();
      this.busy();
      this.pz.panBy(e.clientX - p.x, e.clientY - p.y);
      p.x = e.clientX;
      p.y = e.clientY;
      return;
    }
    const [a, b] = [...this.pointers.values()];
    const before = {
      d: Math.hypot(a.x - b.x, a.y - b.y),
      mx: (a.x + b.x) / 2,
      my: (a.y + b.y) / 2
    };
    p.x = e.clientX;
    p.y = e.clientY;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    this.busy();
    if (before.d > 0) this.pz.zoomBy(d / before.d, mx, my);
    this.pz.panBy(mx - before.mx, my - before.my);
  }
  /** @param {PointerEvent} e */
  up(e) {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.el.hasPointerCapture(e.pointerId)) this.el.releasePointerCapture(e.pointerId);
    if (this.pointers.size) return;
    this.wasDragging = this.dragging;
    this.dragging = false;
    this.busy();
  }
  /** @param {MouseEvent} e */
  swallowClickAfterDrag(e) {
    if (!this.wasDragging) return;
    this.wasDragging = false;
    e.stopPropagation();
    e.preventDefault();
  }
  /** @param {WheelEvent} e */
  wheel(e) {
    if (!this.mine(e)) return;
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.el.clientHeight : 1;
    const dx = e.deltaX * lines;
    const dy = e.deltaY * lines;
    if (e.ctrlKey || e.metaKey || this.pz.opts.wheelZoom) {
      e.preventDefault();
      this.busy();
      this.pz.zoomBy(Math.exp(-clamp(dy, -25, 25) * 0.01), e.clientX, e.clientY);
      return;
    }
    const [px, py] = e.shiftKey && !dx ? [-dy, 0] : [-dx, -dy];
    if (this.pz.panBy(px, py)) {
      e.preventDefault();
      this.busy();
    }
  }
  /** @param {KeyboardEvent} e */
  key(e) {
    if (e.target !== this.el || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 160 : 40;
    const actions = {
      "+": () => this.pz.zoomBy(1.25),
      "=": () => this.pz.zoomBy(1.25),
      "-": () => this.pz.zoomBy(0.8),
      _: () => this.pz.zoomBy(0.8),
      0: () => this.pz.fit({ whole: true }),
      ArrowLeft: () => this.pz.panBy(step, 0),
      ArrowRight: () => this.pz.panBy(-step, 0),
      ArrowUp: () => this.pz.panBy(0, step),
      ArrowDown: () => this.pz.panBy(0, -step)
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  }
  destroy() {
    for (const off of this.off) off();
    clearTimeout(this.idle);
  }
};
function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

// frontend/js/panzoom.js
var KEEP_VISIBLE = 60;
var FAR = 0.2;
var FOCUS_MARGIN = 8;
function attachPanZoom(view, options = {}) {
  return new PanZoom(view, options);
}
var PanZoom = class {
  /**
   * @param {CircuitView} view
   * @param {PanZoomOptions} options
   */
  constructor(view, options) {
    this.view = view;
    this.el = view.container;
    this.opts = {
      minScale: 0.05,
      maxScale: 8,
      maxFitScale: 1.6,
      minFitScale: 0,
      padding: 12,
      wheelZoom: false,
      centreOnFit: false,
      padBottom: 0,
      fitHeight: false,
      maxHeight: Infinity,
      ...options
    };
    this.t = { x: 0, y: 0, scale: 1 };
    this.fitted = true;
    this.whole = false;
    this.focus = null;
    this.raf = 0;
    this.fitFrame = 0;
    view.cull?.([-Infinity, -Infinity, NEAR_X, NEAR_Y]);
    this.el.classList.add("cgviz-viewport");
    if (!this.el.hasAttribute("tabindex")) this.el.tabIndex = 0;
    if (!this.el.hasAttribute("aria-label")) {
      this.el.setAttribute("aria-label", t("ui.pan_zoom_help"));
    }
    this.autoHeight = this.opts.fitHeight;
    this.gestures = new Gestures(this);
    this.off = [
      () => this.gestures.destroy(),
      view.on("draw", ({ sizeChanged }) => {
        if (sizeChanged && this.fitted) this.fitSoon();
        else this.apply();
      })
    ];
    this.resize = new ResizeObserver(() => {
      if (this.fitted) this.fit();
    });
    this.resize.observe(this.el);
    this.fitSoon();
  }
  /** fit() at the next frame, before it paints: measuring now would lay out a freshly drawn
   * circuit twice (a 1,000-node one takes ~100 ms per layout), once more after the caller's
   * own changes (a frame's show()) in the same task. */
  fitSoon() {
    if (this.fitFrame) return;
    this.fitFrame = requestAnimationFrame(() => {
      this.fitFrame = 0;
      if (this.fitted) this.fit();
    });
  }
  size() {
    return {
      w: Number(this.view.svg.getAttribute("width")) || 1,
      h: Number(this.view.svg.getAttribute("height")) || 1
    };
  }
  /**
   * Scale the whole circuit into the viewport (never above maxFitScale) and centre it.
   * @param {{whole?: boolean}} [options]  whole: however small (the reader's "fit to view")
   * @returns {number}  the scale
   */
  fit({ whole = this.whole } = {}) {
    this.whole = whole;
    cancelAnimationFrame(this.fitFrame);
    this.fitFrame = 0;
    const { w, h } = this.size();
    const pad = this.opts.padding;
    const below = this.opts.padBottom;
    const cw = this.el.clientWidth;
    if (!this.autoHeight && this.el.clientHeight < 2 * pad + 8) this.autoHeight = true;
    let scale = Math.min(this.opts.maxFitScale, Math.max(cw - 2 * pad, 1) / w);
    if (this.autoHeight) {
      scale = Math.min(scale, (this.opts.maxHeight - 2 * pad - below) / h);
      const height = `${Math.ceil(h * scale + 2 * pad + below)}px`;
      if (this.el.style.height !== height) this.el.style.height = height;
    } else {
      scale = Math.min(scale, Math.max(this.el.clientHeight - 2 * pad - below, 1) / h);
    }
    const least = this.whole ? 0 : this.opts.minFitScale;
    scale = clamp2(Math.max(scale, least), this.opts.minScale, this.opts.maxScale);
    if (this.autoHeight) {
      const height = `${Math.ceil(h * scale + 2 * pad + below)}px`;
      if (this.el.style.height !== height) this.el.style.height = height;
    }
    const ch = (this.autoHeight ? h * scale + 2 * pad + below : this.el.clientHeight) - below;
    const x = w * scale <= cw - 2 * pad ? (cw - w * scale) / 2 : pad;
    this.t = { x, y: Math.max(pad, (ch - h * scale) / 2), scale };
    this.fitted = true;
    if (this.opts.centreOnFit && this.focus) this.t = this.centred(this.focus, ch);
    this.apply(true);
    return scale;
  }
  /** Pan, keeping the scale, to the part of the circuit a step works on ({box, core} from
   * viewfit.js; null before the first step): the step must not play out of sight when a wide
   * circuit is shown readable, not whole. The view moves when that part is not wholly in
   * view, or always with `centre` (a jump: the address's step, the course page's goto).
   * @param {Focus | null} focus
   * @param {{centre?: boolean}} [options]
   */
  follow(focus, { centre = false } = {}) {
    this.focus = focus ?? null;
    if (!focus || this.fitFrame || !this.el.clientHeight) return;
    const next = this.centred(focus, this.el.clientHeight - this.opts.padBottom, !centre);
    if (next.x === this.t.x && next.y === this.t.y) return;
    this.t = next;
    this.apply();
  }
  /** The translation that centres `focus` (the middle of its box, keeping all its core in
   * view) on each axis the circuit overflows, never past the circuit's edge, in a view `ch`
   * high (padBottom left out); with `onlyIfOut`, the current one while the box (or where it
   * does not fit, the core) is wholly in view already.
   * @param {Focus} focus
   * @param {number} ch
   * @param {boolean} [onlyIfOut]
   * @returns {{x: number, y: number, scale: number}}
   */
  centred({ box, core }, ch, onlyIfOut = false) {
    const { scale } = this.t;
    const cw = this.el.clientWidth;
    const m = FOCUS_MARGIN;
    const fits = (b) => (b[2] - b[0]) * scale <= cw - 2 * m && (b[3] - b[1]) * scale <= ch - 2 * m;
    const [x0, y0, x1, y1] = fits(box) ? box : core;
    const inView = this.t.x + x0 * scale >= m && this.t.x + x1 * scale <= cw - m && this.t.y + y0 * scale >= m && this.t.y + y1 * scale <= ch - m;
    if (onlyIfOut && inView) return this.t;
    const { w, h } = this.size();
    const pad = this.opts.padding;
    const axis = (at, i2, extent, size) => {
      if (size * scale <= extent - 2 * pad) return at;
      const c0 = core[i2] * scale;
      const c1 = core[i2 + 2] * scale;
      const middle = extent / 2 - (box[i2] + box[i2 + 2]) / 2 * scale;
      const t3 = c1 - c0 <= extent - 2 * m ? clamp2(middle, m - c0, extent - m - c1) : extent / 2 - (c0 + c1) / 2;
      return clamp2(t3, extent - pad - size * scale, pad);
    };
    return { x: axis(this.t.x, 0, cw, w), y: axis(this.t.y, 1, ch, h), scale };
  }
  /** Change options (a phone turned sideways, a circuit with smaller texts): refit with them
   * while the reader has not moved the view.
   * @param {PanZoomOptions} options
   */
  setOptions(options) {
    const changed = Object.entries(options).filter(
      ([k, v]) => this.opts[
        /** @type {keyof PanZoomOptions} */
        k
      ] !== v
    );
    if (!changed.length) return;
    Object.assign(this.opts, options);
    if ("fitHeight" in options && options.fitHeight !== this.autoHeight) {
      this.autoHeight = Boolean(options.fitHeight);
      if (!this.autoHeight) this.el.style.height = "";
    }
    if (this.fitted) this.fitSoon();
  }
  transform() {
    return { ...this.t };
  }
  /**
   * Where the circuit lies in the view, in the view's pixels: its left and top edge, its
   * size at the current scale, and the view's size.
   * @returns {Bounds}
   */
  bounds() {
    const { w, h } = this.size();
    const { x, y, scale } = this.t;
    return {
      x,
      y,
      scale,
      width: w * scale,
      height: h * scale,
      viewWidth: this.el.clientWidth,
      viewHeight: this.el.clientHeight
    };
  }
  /** @param {{x?: number, y?: number, scale?: number}} transform */
  setTransform({ x = this.t.x, y = this.t.y, scale = this.t.scale }) {
    this.t = { x, y, scale: clamp2(scale, this.opts.minScale, this.opts.maxScale) };
    this.fitted = false;
    this.apply();
  }
  /**
   * Zoom by `factor` about a point given in client coordinates (the viewport's centre).
   * @param {number} factor
   * @param {number} [clientX]
   * @param {number} [clientY]
   */
  zoomBy(factor, clientX, clientY) {
    const box = this.el.getBoundingClientRect();
    const px = (clientX ?? box.left + box.width / 2) - box.left - this.el.clientLeft;
    const py = (clientY ?? box.top + box.height / 2) - box.top - this.el.clientTop;
    const scale = clamp2(this.t.scale * factor, this.opts.minScale, this.opts.maxScale);
    const k = scale / this.t.scale;
    this.t = { x: px - (px - this.t.x) * k, y: py - (py - this.t.y) * k, scale };
    this.fitted = false;
    this.apply();
  }
  /**
   * Pan by (dx, dy) screen pixels; whether the view moved (it stops at the edges).
   * @param {number} dx
   * @param {number} dy
   * @returns {boolean}
   */
  panBy(dx, dy) {
    const before = { ...this.t };
    this.t = { ...this.t, x: this.t.x + dx, y: this.t.y + dy };
    this.fitted = false;
    this.apply();
    return this.t.x !== before.x || this.t.y !== before.y;
  }
  /** Keep KEEP_VISIBLE px of the circuit in view, then write the transform next frame. */
  apply(now = false) {
    const { w, h } = this.size();
    const cw = this.el.clientWidth;
    const ch = this.el.clientHeight;
    const s = this.t.scale;
    const keepX = Math.min(KEEP_VISIBLE, w * s);
    const keepY = Math.min(KEEP_VISIBLE, h * s);
    this.t.x = clamp2(this.t.x, keepX - w * s, cw - keepX);
    this.t.y = clamp2(this.t.y, keepY - h * s, ch - keepY);
    const write = () => {
      this.raf = 0;
      const { x, y, scale } = this.t;
      this.view.svg.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
      const m = 0.5 * Math.max(cw, ch) / scale;
      this.view.cull?.([
        -x / scale - m,
        -y / scale - m,
        (cw - x) / scale + m,
        (ch - y) / scale + m
      ]);
      const far = scale < FAR;
      if (far !== this.el.classList.contains("cgviz-far")) {
        this.el.classList.toggle("cgviz-far", far);
      }
      this.el.dispatchEvent(new CustomEvent("cgviz:view", { detail: this.bounds() }));
    };
    if (now) {
      if (this.raf) cancelAnimationFrame(this.raf);
      write();
    } else if (!this.raf) {
      this.raf = requestAnimationFrame(write);
    }
  }
  destroy() {
    for (const off of this.off) off();
    this.resize.disconnect();
    cancelAnimationFrame(this.raf);
    cancelAnimationFrame(this.fitFrame);
    this.el.classList.remove("cgviz-viewport", "panning");
    this.view.svg.style.transform = "";
  }
};
function clamp2(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

// frontend/js/popover.js
var MAX_ROWS = 60;
var MAX_COLS = 24;
var PARTS2 = ".hit, .wire, .label, .value, .grad, .shape, .gate, .symbol";
var TENSOR_ROLES = ["hit", "wire", "label", "shape", "value", "grad", "gate", "symbol"];
var popovers = 0;
function attachPopover(view) {
  const uid = `cgviz-popover-${popovers += 1}`;
  const box = document.createElement("div");
  box.className = "cgviz-popover";
  box.id = uid;
  box.hidden = true;
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-modal", "false");
  box.setAttribute("aria-labelledby", `${uid}-title`);
  view.container.append(box);
  let openId = null;
  let returnFocus = null;
  const fetched = /* @__PURE__ */ new WeakMap();
  const closeButton = () => (
    /** @type {HTMLButtonElement} */
    box.querySelector("button.close")
  );
  const numbers = (id2) => {
    const graph = (
      /** @type {Graph} */
      view.graph
    );
    let byId = fetched.get(graph);
    if (!byId) fetched.set(graph, byId = /* @__PURE__ */ new Map());
    if (!byId.has(id2)) {
      byId.set(id2, { pending: true });
      fetchNode(graph, id2, { rows: MAX_ROWS, cols: MAX_COLS }).then((answer) => {
        byId?.set(id2, answer);
        const p = view.placed(id2);
        if (openId === id2 && view.graph === graph && p) {
          const focused = box.contains(document.activeElement);
          render(box, uid, view, p, close, numbers);
          if (focused) closeButton()?.focus({ preventScroll: true });
        }
      });
    }
    const entry = (
      /** @type {Fetched} */
      byId.get(id2)
    );
    return "pending" in entry ? null : entry;
  };
  const isTensor = (id2) => Boolean(id2 && view.placed(id2)?.node.shape?.length);
  const markTensors = () => {
    for (const p of view.layout?.nodes ?? []) {
      if (!p.node.shape?.length) continue;
      for (const el4 of view.elementsOf(p.id, TENSOR_ROLES)) el4.classList.add("tensor");
      const value = view.elementsOf(p.id, ["value"])[0];
      if (!value || value.classList.contains("const")) continue;
      value.setAttribute("tabindex", "0");
      value.setAttribute("role", "button");
      value.setAttribute("aria-haspopup", "dialog");
      value.setAttribute("aria-label", t("ui.show_matrices", { name: wireName(p.node) }));
    }
  };
  function open(id2, anchor) {
    const p = view.placed(id2);
    if (!p) return;
    if (openId === null) returnFocus = /** @type {HTMLElement | null} */
    document.activeElement;
    const byId = view.graph ? fetched.get(view.graph) : void 0;
    const failed = byId?.get(id2);
    if (failed && "ok" in failed && failed.ok === false) byId?.delete(id2);
    openId = id2;
    render(box, uid, view, p, close, numbers);
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place(box, (anchor || view.svg.querySelector(`.wire[data-node="${CSS.escape(id2)}"]`) || view.svg).getBoundingClientRect());
    closeButton().focus();
  }
  function close() {
    if (openId === null) return;
    openId = null;
    box.hidden = true;
    box.replaceChildren();
    const back = returnFocus && returnFocus.isConnected ? returnFocus : view.container;
    returnFocus = null;
    back?.focus?.({ preventScroll: true });
  }
  const closest = (target, selector) => (
    /** @type {Element | null} */
    target?.closest?.(selector)
  );
  const onClick = (e) => {
    const el4 = closest(e.target, PARTS2);
    if (!el4 || !view.svg.contains(el4) || !isTensor(el4.dataset.node)) return;
    open(
      /** @type {string} */
      el4.dataset.node,
      el4
    );
  };
  const onKey = (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const el4 = closest(e.target, "text.value[data-node]");
    if (!el4 || !isTensor(el4.dataset.node)) return;
    e.preventDefault();
    open(
      /** @type {string} */
      el4.dataset.node,
      el4
    );
  };
  const onDocKey = (e) => {
    if (e.key === "Escape" && openId !== null) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  const onDocDown = (e) => {
    if (openId === null || box.contains(
      /** @type {Node | null} */
      e.target
    )) return;
    const el4 = closest(e.target, PARTS2);
    if (el4 && view.svg.contains(el4) && isTensor(el4.dataset.node)) return;
    close();
  };
  view.svg.addEventListener("click", onClick);
  view.svg.addEventListener("keydown", onKey);
  document.addEventListener("keydown", onDocKey, true);
  document.addEventListener("pointerdown", onDocDown, true);
  const offDraw = view.on("draw", () => {
    markTensors();
    const p = openId === null ? void 0 : view.placed(openId);
    if (openId !== null && !isTensor(openId)) close();
    else if (p) render(box, uid, view, p, close, numbers);
  });
  const offShow = view.on("show", () => {
    const p = openId === null ? void 0 : view.placed(openId);
    if (p) {
      render(box, uid, view, p, close, numbers);
      closeButton().focus({ preventScroll: true });
    }
  });
  markTensors();
  return {
    open,
    close,
    openId: () => openId,
    destroy() {
      close();
      view.svg.removeEventListener("click", onClick);
      view.svg.removeEventListener("keydown", onKey);
      document.removeEventListener("keydown", onDocKey, true);
      document.removeEventListener("pointerdown", onDocDown, true);
      offDraw();
      offShow();
      box.remove();
    }
  };
}
function render(box, uid, view, p, close, numbers) {
  const node = p.node;
  const { value, grad } = view.shown(node.id);
  const header = document.createElement("header");
  const title2 = document.createElement("h2");
  title2.id = `${uid}-title`;
  title2.textContent = wireName(node);
  const shape = document.createElement("span");
  shape.className = "shape";
  shape.textContent = formatShape(node.shape);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "close";
  button.textContent = t("ui.close");
  button.setAttribute("aria-label", t("ui.close_esc"));
  button.addEventListener("click", close);
  header.append(title2, shape, button);
  const matrices = document.createElement("div");
  matrices.className = "matrices";
  const parts = [["value", t("ui.table_value"), value, node.value]];
  if (node.kind !== "const") {
    parts.push(["grad", t("ui.popover_gradient", { name: wireName(node) }), grad, node.grad]);
  }
  const summarised = parts.some(([, , json]) => isSummary(json));
  const size = (node.shape ?? []).reduce((a, b) => a * b, 1);
  const intro = summarised ? [note(t("ui.summarised", { size: size.toLocaleString() }))] : [];
  for (const [cls, heading2, json, final] of parts) {
    const how = numbersOf(json, final);
    const answer = how === "fetch" ? numbers(node.id) : null;
    matrices.append(section(heading2, cls, json, how, answer, view.digits));
  }
  box.replaceChildren(header, ...intro, matrices);
}
function note(text, cls = "note") {
  const p = document.createElement("p");
  p.className = cls;
  p.textContent = text;
  return p;
}
function section(heading2, cls, json, how, answer, digits) {
  const part = document.createElement("section");
  const h = document.createElement("h3");
  h.textContent = heading2;
  part.append(h);
  if (how === "none") {
    part.append(note(t("ui.not_yet_computed")));
    return part;
  }
  if (how === "inline") {
    const rows = asRows(
      /** @type {JsonNumber | NestedList} */
      json
    );
    const cols = rows[0]?.length ?? 0;
    part.append(matrix(cls, rows, digits, cols > MAX_COLS));
    if (rows.length > MAX_ROWS || cols > MAX_COLS) part.append(shownOf(rows.length, cols));
    return part;
  }
  part.append(summaryList(
    cls,
    /** @type {TensorSummary} */
    json,
    digits
  ));
  if (how === "partial") part.append(note(t("ui.numbers_partial")));
  else if (answer === null) part.append(note(t("ui.numbers_loading"), "note loading"));
  else if (!answer.ok) part.append(note(t("ui.numbers_failed", { message: answer.message })));
  else {
    const data = answer.data;
    const [height, width] = data.matrix;
    part.append(matrix(cls, data[cls] ?? [], digits, width > data.col + data.cols));
    if (height > data.rows || width > data.cols) part.append(shownOf(height, width));
  }
  return part;
}
function shownOf(height, width) {
  return note(t("ui.showing_part", {
    rows: Math.min(height, MAX_ROWS),
    total_rows: height,
    cols: Math.min(width, MAX_COLS),
    total_cols: width
  }));
}
function summaryList(cls, json, digits) {
  const dl = document.createElement("dl");
  dl.className = `summary ${cls}`;
  for (const [term, text] of summaryRows(json, digits)) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    const pair2 = document.createElement("div");
    pair2.append(dt, dd);
    dl.append(pair2);
  }
  return dl;
}
function matrix(cls, rows, digits, wider) {
  const table = document.createElement("table");
  table.className = cls;
  const body = document.createElement("tbody");
  const largest = largestMagnitude(rows.flat());
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = document.createElement("tr");
    for (const v of row.slice(0, MAX_COLS)) {
      const td = document.createElement("td");
      td.textContent = formatNumber(noiseFree(toNumber(v), largest), digits);
      tr.append(td);
    }
    if (wider) tr.append(Object.assign(document.createElement("td"), { textContent: "…" }));
    body.append(tr);
  }
  table.append(body);
  return table;
}
function asRows(json) {
  if (!Array.isArray(json)) return [[json]];
  if (!Array.isArray(json[0])) return [
    /** @type {JsonNumber[]} */
    json
  ];
  let rows = (
    /** @type {unknown[][]} */
    json
  );
  while (rows.length && Array.isArray(rows[0][0])) rows = /** @type {unknown[][]} */
  rows.flat(1);
  return (
    /** @type {JsonNumber[][]} */
    rows
  );
}
function place(box, anchor) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  let top2 = anchor.bottom + 8;
  if (top2 + h > window.innerHeight - 8) top2 = Math.max(8, anchor.top - h - 8);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, window.innerWidth - w - 8));
  box.style.left = `${left}px`;
  box.style.top = `${top2}px`;
}

// frontend/js/table.js
var tableWords = () => ({
  caption: t("ui.table_caption"),
  name: t("ui.table_name"),
  kind: t("ui.table_kind"),
  op: t("ui.table_op"),
  shape: t("ui.table_shape"),
  value: t("ui.table_value"),
  /** @type {(out: string) => string} */
  grad: (out) => t("ui.table_gradient", { out }),
  /** @type {Record<string, string>} */
  kinds: { input: t("ui.kind_input"), const: t("ui.kind_const"), op: t("ui.kind_op") },
  scalar: t("ui.scalar"),
  pending: t("ui.pending")
});
var views2 = /* @__PURE__ */ new WeakMap();
function cell(doc2, tag, text, cls) {
  const c = doc2.createElement(tag);
  if (cls) c.className = cls;
  c.textContent = text;
  return c;
}
function build(container, graph, digits, t3) {
  const doc2 = container.ownerDocument;
  const out = graph.nodes.find((n) => n.id === graph.output);
  const table = doc2.createElement("table");
  table.id = "node-table";
  table.className = "cg-table";
  table.append(cell(doc2, "caption", t3.caption));
  const head = doc2.createElement("tr");
  for (
    const [text, cls] of
    /** @type {Array<[string, string?]>} */
    [
      [t3.name],
      [t3.kind],
      [t3.op],
      [t3.shape],
      [t3.value, "value"],
      [t3.grad(out?.label ?? "f"), "grad"]
    ]
  ) {
    const th = cell(doc2, "th", text, cls);
    th.scope = "col";
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  const rows = /* @__PURE__ */ new Map();
  for (const node of graph.nodes) {
    const tr = doc2.createElement("tr");
    tr.dataset.node = node.id;
    const name2 = cell(doc2, "th", "", "name");
    name2.scope = "row";
    if (node.label) name2.textContent = node.label;
    else name2.append(cell(doc2, "code", node.text ?? node.id));
    const shape = formatShape(node.shape ?? []);
    const value = cell(doc2, "td", "", "value num");
    const grad = cell(doc2, "td", "", "grad num");
    tr.append(
      name2,
      cell(doc2, "td", t3.kinds[node.kind] ?? node.kind, "kind"),
      cell(doc2, "td", node.symbol ?? "", "op"),
      cell(doc2, "td", shape || t3.scalar, shape ? "shape" : "shape muted"),
      value,
      grad
    );
    body.append(tr);
    rows.set(node.id, { tr, value, grad });
  }
  container.replaceChildren(table);
  return { table, rows };
}
function fill2(td, data, digits, pending) {
  if (data === void 0) {
    td.textContent = "·";
    td.title = pending;
    td.classList.add("pending");
  } else {
    td.textContent = formatSummary(data, digits);
    if (isSummary(data)) td.title = summaryRows(data, digits).map((r) => r.join(" ")).join(", ");
    else td.removeAttribute("title");
    td.classList.remove("pending");
  }
}
function mark(view, frame, on) {
  const set = (id2, cls) => view.rows.get(id2)?.tr.classList.toggle(cls, on);
  if (frame.active) {
    set(frame.active, "active");
    const tr = view.rows.get(frame.active)?.tr;
    if (on) tr?.setAttribute("aria-current", "step");
    else tr?.removeAttribute("aria-current");
  }
  for (const id2 of frame.written) set(id2, "written");
  if (frame.accumulating) set(frame.accumulating, "accumulating");
}
function follow(view, id2) {
  view.followId = id2;
  if (!id2 || view.followPending) return;
  view.followPending = true;
  globalThis.requestAnimationFrame(() => {
    view.followPending = false;
    const tr = view.followId ? view.rows.get(view.followId)?.tr : void 0;
    if (tr && tr.offsetParent !== null) tr.scrollIntoView({ block: "nearest" });
  });
}
function renderTable(container, graph, frame, options = {}) {
  const digits = options.digits ?? 2;
  const lang = language();
  const t3 = tableWords();
  let view = views2.get(container);
  let ids;
  if (!view || !view.frame || view.graph !== graph || view.digits !== digits || view.lang !== lang || !view.table.isConnected) {
    view = { graph, digits, lang, ...build(container, graph, digits, t3), frame: null };
    views2.set(container, view);
    ids = view.rows.keys();
  } else {
    mark(view, view.frame, false);
    ids = changedBetween(graph, view.frame.index, frame.index);
  }
  for (const id2 of ids) {
    const row = view.rows.get(id2);
    if (!row) continue;
    fill2(row.value, frame.values.get(id2), digits, t3.pending);
    fill2(row.grad, frame.grads.get(id2), digits, t3.pending);
  }
  mark(view, frame, true);
  view.table.dataset.phase = frame.phase;
  view.frame = frame;
  if (options.follow !== false) {
    follow(view, frame.accumulating ?? frame.active ?? frame.written[0]);
  }
  return view.table;
}

// frontend/js/tooltip.js
var OFFSET = 14;
var WIRE_PARTS = ".hit, .wire, .label, .value, .grad, .shape, .warning, .gate, .symbol";
function attachTooltip(view) {
  const box = document.createElement("div");
  box.className = "cgviz-tooltip";
  box.setAttribute("role", "tooltip");
  box.id = `cgviz-tooltip-${Math.random().toString(36).slice(2, 9)}`;
  box.hidden = true;
  view.container.append(box);
  let current = null;
  let hovered = null;
  const partOf = (target) => {
    const el4 = (
      /** @type {Element | null} */
      target?.closest?.(WIRE_PARTS)
    );
    return el4 && view.svg.contains(el4) ? el4 : null;
  };
  const highlight = (id2) => {
    hovered?.classList.remove("hover");
    hovered = id2 ? view.svg.querySelector(`.hits line[data-node="${CSS.escape(id2)}"]`) : null;
    hovered?.classList.add("hover");
  };
  const show = (id2, x, y) => {
    const p = id2 === void 0 ? void 0 : view.placed(id2);
    if (!id2 || !p) return hide();
    if (current !== id2) {
      current = id2;
      fill3(box, view, p);
      highlight(id2);
    }
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place2(box, x, y);
  };
  function hide() {
    current = null;
    box.hidden = true;
    highlight(null);
  }
  const onMove = (e) => {
    if (e.buttons && e.pointerType === "mouse") return hide();
    const el4 = partOf(e.target);
    if (!el4) return hide();
    show(el4.dataset.node, e.clientX + OFFSET, e.clientY + OFFSET);
  };
  const onFocus = (e) => {
    const el4 = partOf(e.target);
    if (!el4) return;
    const r = el4.getBoundingClientRect();
    show(el4.dataset.node, r.left, r.bottom + 6);
    el4.setAttribute("aria-describedby", box.id);
  };
  const onShow = () => {
    if (current === null) return;
    const id2 = current;
    current = null;
    const p = view.placed(id2);
    if (p) fill3(box, view, p);
    current = id2;
  };
  const svg = view.svg;
  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerleave", hide);
  svg.addEventListener("focusin", onFocus);
  svg.addEventListener("focusout", hide);
  const offShow = view.on("show", onShow);
  const offDraw = view.on("draw", hide);
  return {
    hide,
    destroy() {
      svg.removeEventListener("pointermove", onMove);
      svg.removeEventListener("pointerleave", hide);
      svg.removeEventListener("focusin", onFocus);
      svg.removeEventListener("focusout", hide);
      offShow();
      offDraw();
      box.remove();
    }
  };
}
function fill3(box, view, p) {
  const node = p.node;
  const { value, grad } = view.shown(node.id);
  const digits = view.digits;
  const rows = [
    [t("ui.value"), value === void 0 ? t("ui.pending") : formatSummary(value, digits), "value"]
  ];
  if (node.kind !== "const") {
    rows.push([t("ui.gradient"), grad === void 0 ? t("ui.pending") : formatSummary(grad, digits), "grad"]);
  }
  rows.push(...gradcheckRows(node, digits));
  if (node.shape?.length) rows.push([t("ui.shape"), formatShape(node.shape), ""]);
  if (node.kind === "op") rows.push([t("ui.kind_op"), node.symbol || node.op || "", ""]);
  if (node.warning) rows.push([t("ui.warning"), node.warning, ""]);
  const action = gateAction(node);
  const [gate] = action ? view.elementsOf(node.id, ["gate"]) : [];
  if (action && gate?.matches(".expandable, .collapsible")) {
    rows.push(["", t(
      action.expand ? "ui.expand_gate" : "ui.collapse_gate",
      { name: action.name === "sigmoid" ? "σ" : action.name }
    ), "hint"]);
  }
  const name2 = document.createElement("div");
  name2.className = "name";
  name2.textContent = node.kind === "op" && node.label ? `${node.label} = ${node.text}` : node.kind === "const" ? `${t("ui.kind_const")} ${wireName(node)}` : wireName(node);
  const dl = document.createElement("dl");
  for (const [term, text, cls] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    if (cls) dd.className = cls;
    dl.append(dt, dd);
  }
  box.replaceChildren(name2, dl);
}
function place2(box, x, y) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = x + w > window.innerWidth - 4 ? Math.max(4, x - w - 2 * OFFSET) : x;
  const top2 = y + h > window.innerHeight - 4 ? Math.max(4, y - h - 2 * OFFSET) : y;
  box.style.left = `${left}px`;
  box.style.top = `${top2}px`;
}

// frontend/js/zoomcontrols.js
var STEP = 1.25;
var ICONS2 = {
  "zoom-in": "M8 3v10M3 8h10",
  "zoom-out": "M3 8h10",
  fit: "M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
};
function addZoomControls(container, panzoom) {
  const doc2 = container.ownerDocument;
  const group = doc2.createElement("div");
  group.className = "zoom-controls";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("ui.zoom"));
  const buttons = [
    ["zoom-in", "ui.zoom_in", " (+)", () => panzoom.zoomBy(STEP)],
    ["zoom-out", "ui.zoom_out", " (−)", () => panzoom.zoomBy(1 / STEP)],
    ["fit", "ui.fit_view", " (0)", () => panzoom.fit({ whole: true })]
  ];
  for (const [action, key, shortcut, run] of buttons) {
    const button = doc2.createElement("button");
    button.type = "button";
    button.className = "zoom-button";
    button.dataset.action = action;
    button.setAttribute("aria-label", t(key));
    button.title = t(key) + shortcut;
    button.append(icon(doc2, ICONS2[action], { size: 16 }));
    button.addEventListener("click", run);
    button.addEventListener("pointerdown", (e) => e.stopPropagation());
    group.append(button);
  }
  container.append(group);
  return group;
}

// frontend/js/stage.js
function stageOptionsOf(state2, hidden2, $2) {
  return {
    circuit: $2("#circuit"),
    controls: $2("#controls"),
    lang: state2.lang,
    theme: state2.theme,
    digits: state2.options.digits ?? 2,
    speed: state2.speed,
    showControls: state2.controls && !hidden2.has("controls"),
    showCaption: !hidden2.has("caption")
  };
}
function createStage(o) {
  const lang = o.lang ?? "en";
  let graph = null;
  let view = null;
  let tableShown = false;
  let frame = null;
  let panzoom = null;
  let filter = null;
  const player = new Player({
    total: 0,
    speed: o.speed ?? 1,
    onFrame: (index) => show(index)
  });
  const controls = createControls(o.controls, player, {
    lang,
    caption: o.showCaption === false ? false : true,
    onSpeed: o.onSpeed
  });
  if (o.showControls === false) controls.element.hidden = true;
  function show(index) {
    if (!graph || !view) return;
    const raw = frameAt(graph, index);
    frame = filter ? filter(raw) : raw;
    view.show(frame);
    controls.update(frame);
    panzoom?.follow(focusBox(graph, frame));
    if (tableShown && o.table) {
      const table = renderTable(o.table, graph, frame, { digits: o.digits ?? 2, lang });
      decorateTable(table, graph, o.digits ?? 2);
    }
    o.onFrame?.(frame);
  }
  function setGraph(next, index) {
    const wasAtEnd = !graph || player.atEnd;
    graph = next;
    const total = next.steps?.length ?? 0;
    const viewOptions2 = panzoomOptions();
    if (!view) {
      o.circuit.classList.remove("empty");
      view = drawCircuit(o.circuit, next, {
        digits: o.digits ?? 2,
        theme: o.theme ?? "light",
        onInputValueClick: o.onInputValueClick ? (id2, element) => o.onInputValueClick?.(nodeOf(id2), element) : void 0
      });
      panzoom = attachPanZoom(view, viewOptions2);
      attachTooltip(view);
      attachPopover(view);
      if (o.zoomControls ?? o.showControls !== false) addZoomControls(o.circuit, panzoom);
      attachOverflow(o.circuit);
      if (o.onGateToggle) attachExpansion(view, { onToggle: o.onGateToggle });
    } else {
      panzoom?.setOptions(viewOptions2);
      view.setGraph(next);
    }
    const target = index ?? (wasAtEnd ? total - 1 : player.index);
    player.setTotal(total, target);
    if (!performance.getEntriesByName("cgviz:drawn").length) performance.mark("cgviz:drawn");
  }
  const nodeOf = (id2) => graph?.nodes.find((n) => n.id === id2);
  function panzoomOptions() {
    return (typeof o.panzoom === "function" ? o.panzoom(graph) : o.panzoom) ?? {};
  }
  function refreshView() {
    if (view) panzoom?.setOptions(panzoomOptions());
  }
  function centre() {
    if (graph && frame) panzoom?.follow(focusBox(graph, frame), { centre: true });
  }
  function setStale(stale) {
    o.circuit.classList.toggle("stale", stale);
  }
  function showTable(on) {
    tableShown = Boolean(on) && Boolean(o.table);
    if (!o.table) return;
    o.table.hidden = !tableShown;
    o.circuit.classList.toggle("is-away", tableShown);
    o.circuit.setAttribute("aria-hidden", String(tableShown));
    if (tableShown && graph) show(player.index);
    else if (!tableShown) panzoom?.fit();
  }
  function setFrameFilter(fn) {
    filter = fn ?? null;
  }
  function refresh() {
    if (graph) show(player.index);
  }
  return {
    player,
    controls,
    setGraph,
    setStale,
    showTable,
    refreshView,
    centre,
    setFrameFilter,
    refresh,
    get graph() {
      return graph;
    },
    get view() {
      return view;
    },
    get panzoom() {
      return panzoom;
    },
    get tableShown() {
      return tableShown;
    }
  };
}

// frontend/js/quizanswer.js
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
function parseAnswer(text) {
  if (typeof text !== "string") return null;
  let s = text.normalize("NFKC").trim().toLowerCase().replace(/[\u2212\u2012\u2013\u2014\ufe63]/g, "-").replace(/[\s\u00a0\u2009\u202f]+/g, "");
  if (/^[+-]?(?:inf|infinity|∞)$/.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
  if (s === "nan") return NaN;
  if (!s.includes(".")) s = s.replace(/^([+-]?\d*),(\d+)/, "$1.$2");
  if (NUMBER.test(s)) return Number(s);
  const fraction = s.split("/");
  if (fraction.length === 2 && fraction.every((p) => NUMBER.test(p))) {
    const [p, q] = fraction.map(Number);
    return q === 0 ? null : p / q;
  }
  return null;
}
function lastDigit(shown) {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(shown);
  if (!m) return 0;
  return 10 ** (Number(m[2] ?? 0) - (m[1]?.length ?? 0));
}
function unitText(shown) {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(shown);
  if (!m) return "0";
  const decimals = m[1]?.length ?? 0;
  if (m[2] !== void 0) return `1e${Number(m[2]) - decimals}`;
  return decimals ? `0.${"0".repeat(decimals - 1)}1` : "1";
}
function isRight(given, expected, digits = 2) {
  const v = toNumber(expected);
  if (Number.isNaN(v)) return Number.isNaN(given);
  if (!Number.isFinite(v) || !Number.isFinite(given)) return given === v;
  const shown = formatNumber(v, digits);
  const tolerance = lastDigit(shown) * (1 + 1e-9);
  return Math.abs(given - Number(shown)) <= tolerance || Math.abs(given - v) <= tolerance;
}

// frontend/js/quizquestions.js
function firstElement(json) {
  if (isSummary(json)) return toNumber(json.sample?.[0] ?? NaN);
  let v = json;
  while (Array.isArray(v)) v = v[0];
  return v === void 0 || v === null ? NaN : toNumber(
    /** @type {number | string} */
    v
  );
}
var elementOf = (shape) => shape?.length ? `[${shape.map(() => 0).join(", ")}]` : "";
var sameShape = (a, b) => (a ?? []).join("×") === (b ?? []).join("×");
function outputName(graph) {
  const out = graph.nodes.find((n) => n.id === graph.output);
  if (out?.label) return out.label;
  return graph.nodes.some((n) => n.label === "f") ? "out" : "f";
}
function captionParts(step) {
  const caption = step?.caption ?? "";
  const start = caption.indexOf(": ∂");
  if (!step || start < 0) return null;
  const terms = caption.slice(start + 2).split("; ∂").map((p, i2) => i2 ? `∂${p}` : p);
  const inputs2 = "inputs" in step ? step.inputs : void 0;
  if (terms.length !== (inputs2?.length ?? 0)) return null;
  return { head: caption.slice(0, start), terms };
}
var derivativeOf = (term) => term.slice(0, Math.max(0, term.indexOf(" = "))) || term;
function questionsOf(graph, mode) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = outputName(graph);
  const asked = (node) => node.kind !== "const" && !(node.shape ?? []).includes(0);
  const question = (step, node, expected, ports) => {
    const element = elementOf(node.shape);
    return {
      key: `${step}:${node.id}`,
      step,
      node: node.id,
      label: wireName(node),
      name: `∂${out}/∂${wireName(node)}${element}`,
      element,
      expected,
      ports
    };
  };
  const steps = graph.steps ?? [];
  if (mode === "inputs") {
    const end = steps.length - 1;
    return graph.nodes.filter((n) => n.kind === "input" && n.grad !== null && n.grad !== void 0 && asked(n)).map((n) => question(end, n, firstElement(n.grad), []));
  }
  const questions = [];
  steps.forEach((step, k) => {
    if (step.phase !== "backward" || step.event !== "gate") return;
    const ports = /* @__PURE__ */ new Map();
    step.inputs.forEach((entry, i2) => {
      const list = ports.get(entry.node);
      if (list) list.push(i2);
      else ports.set(entry.node, [i2]);
    });
    for (const [id2, entries] of ports) {
      const node = byId.get(id2);
      if (!node || !asked(node)) continue;
      const expected = entries.reduce(
        (sum, i2) => sum + firstElement(step.inputs[i2].contribution),
        0
      );
      questions.push(question(k, node, expected, entries));
    }
  });
  return questions;
}

// frontend/js/quiz.js
var MODES = ["1", "inputs"];
var Quiz = class {
  /**
   * @param {Graph} graph
   * @param {string} mode  "inputs", else "1" (MODES)
   * @param {{digits?: number}} [options]
   */
  constructor(graph, mode, { digits = 2 } = {}) {
    this.graph = graph;
    this.mode = mode === "inputs" ? "inputs" : "1";
    this.digits = digits;
    this.questions = questionsOf(graph, this.mode);
    this.results = /* @__PURE__ */ new Map();
    this.ended = false;
    this.byNode = /* @__PURE__ */ new Map();
    for (const q of this.questions) {
      const list = this.byNode.get(q.node);
      if (list) list.push(q);
      else this.byNode.set(q.node, [q]);
    }
  }
  /** Equal questions with equal answers: a graph drawn again keeps the student's answers. */
  get signature() {
    return `${this.mode}|${this.digits}|` + this.questions.map((q) => `${q.key}=${q.expected}`).join("|");
  }
  get done() {
    return this.ended || this.questions.every((q) => this.results.has(q.key));
  }
  /** @returns {Score} */
  get score() {
    const answered = [...this.results.values()];
    return {
      correct: answered.filter((r) => r.ok).length,
      total: this.questions.length,
      answered: answered.length,
      done: this.done
    };
  }
  /**
   * Open questions: not answered while the quiz runs.
   * @param {Question} q
   */
  isOpen(q) {
    return !this.done && !this.results.has(q.key);
  }
  /** How far stepping may go: to the first open question's step (gates); the end otherwise. */
  get limit() {
    if (this.mode !== "1") return Infinity;
    const open = this.questions.find((q) => this.isOpen(q));
    return open ? open.step : Infinity;
  }
  /**
   * The first question's step (where a new quiz starts), or null without questions.
   * @returns {number | null}
   */
  get start() {
    return this.questions.length ? this.questions[0].step : null;
  }
  /**
   * The questions of frame `index`: the step's (gates); every input's (inputs).
   * @param {number} index
   * @returns {Question[]}
   */
  questionsAt(index) {
    return this.mode === "1" ? this.questions.filter((q) => q.step === index) : this.questions;
  }
  /**
   * The question to answer now at frame `index`, or null.
   * @param {number} index
   * @returns {Question | null}
   */
  current(index) {
    return this.questionsAt(index).find((q) => this.isOpen(q)) ?? null;
  }
  /**
   * Judge a typed answer to `q`: null if the text is not a number (nothing is counted), else
   * the result, remembered: {ok, given, expected, shown, explanation}.
   * @param {Question} q
   * @param {string} text
   * @returns {Judged | null}
   */
  answer(q, text) {
    const given = parseAnswer(text);
    if (given === null || !this.isOpen(q)) return null;
    const ok = isRight(given, q.expected, this.digits);
    this.results.set(q.key, { ok, given, text });
    return {
      ok,
      given,
      expected: q.expected,
      shown: formatNumber(q.expected, this.digits),
      explanation: this.explain(q)
    };
  }
  /** End the quiz: every red number shows; what was not answered stays unanswered. */
  revealAll() {
    this.ended = true;
  }
  restart() {
    this.results.clear();
    this.ended = false;
  }
  /**
   * Why `q`'s answer is what it is, in the captions' words: its term of the step's
   * upstream × local = downstream (for an input in "inputs" mode, every gate's term that
   * reaches it and the sum of a reused one), and for a tensor the first element's product
   * where the gate works elementwise.
   * @param {Question} q
   * @returns {string}
   */
  explain(q) {
    const steps = this.graph.steps ?? [];
    const parts = [];
    const gateSteps = this.mode === "1" ? [[q.step, q.ports]] : steps.map((s, k) => (
      /** @type {[number, number[]]} */
      [k, (s.event === "gate" ? s.inputs : []).map((e, i2) => e.node === q.node ? i2 : -1).filter((i2) => i2 >= 0)]
    )).filter(([, ports]) => ports.length);
    for (const [k, ports] of gateSteps) {
      const step = steps[k];
      const split = captionParts(step);
      if (!split) {
        parts.push(step.caption ?? "");
        continue;
      }
      for (const i2 of ports) parts.push(split.terms[i2]);
      const element = this.elementTerm(
        q,
        /** @type {GateStep} */
        step,
        ports
      );
      if (element) parts.push(element);
    }
    if (this.mode === "inputs") {
      const sum = steps.findLast((s) => s.event === "accumulate" && s.node === q.node);
      if (sum) parts.push(sum.caption);
    }
    return parts.join("; ");
  }
  /**
   * "element [0]: upstream 2.00 × local 3.00 = 6.00" when a gate works elementwise on
   * tensors of one shape (no broadcast summed back, no formula), else "".
   * @param {Question} q
   * @param {GateStep} step
   * @param {number[]} ports
   * @returns {string}
   */
  elementTerm(q, step, ports) {
    if (!q.element || ports.length !== 1) return "";
    const entry = step.inputs[ports[0]];
    const gate = this.graph.nodes.find((n) => n.id === step.node);
    const input = this.graph.nodes.find((n) => n.id === q.node);
    if (entry.local === null || entry.local === void 0 || !sameShape(gate?.shape, input?.shape)) {
      return "";
    }
    const f = (json) => formatNumber(firstElement(json), this.digits);
    return t("ui.quiz_element_term", {
      element: q.element,
      upstream: f(step.upstream),
      local: f(entry.local),
      downstream: f(entry.contribution)
    });
  }
  /**
   * What `frame` shows while the quiz runs (docs/frontend.md "Quiz"): a wire's gradient stays
   * as it was before its first open question's step (gates), or hidden but for the output's
   * seed and the answered inputs (inputs); the captions of hidden steps say `= ?` where they
   * would give an answer away. A finished quiz shows every frame as it is.
   * @param {Frame} frame
   * @returns {Frame}
   */
  mask(frame) {
    if (this.done || !this.questions.length) return frame;
    const hold = /* @__PURE__ */ new Map();
    if (this.mode === "1") {
      for (const [node, qs] of this.byNode) {
        const open = qs.find((q) => this.isOpen(q));
        if (open && frame.index >= open.step) hold.set(node, open.step - 1);
      }
    }
    const answered = new Set(this.questions.filter((q) => !this.isOpen(q)).map((q) => q.node));
    const shows = this.mode === "1" ? (id2) => !hold.has(id2) : (id2) => id2 === this.graph.output || answered.has(id2);
    const earlier = (id2) => hold.has(id2) ? frameAt(this.graph, hold.get(id2)).grads.get(id2) : void 0;
    const grads = new MaskedGrads(frame.grads, shows, earlier);
    return { ...frame, grads, caption: this.caption(frame) };
  }
  /**
   * The caption of a frame while the quiz runs: a term that would give an open answer away
   * says `= ?` (gates: the step's open questions; inputs: all but the answered inputs').
   * @param {Frame} frame
   * @returns {string}
   */
  caption(frame) {
    const step = frame.step;
    if (!step || step.phase !== "backward" || step.event === "seed") return frame.caption;
    let hidden2;
    if (this.mode === "1") {
      const open = this.questionsAt(frame.index).filter((q) => this.isOpen(q));
      if (!open.length) return frame.caption;
      const ports = new Set(open.flatMap((q) => q.ports));
      hidden2 = (i2) => ports.has(i2);
    } else if (step.event === "accumulate") {
      const node = this.graph.nodes.find((n) => n.id === step.node);
      return this.byNode.get(step.node)?.some((q) => !this.isOpen(q)) ? frame.caption : t("ui.quiz_caption_sum", { name: node ? wireName(node) : "" });
    } else {
      hidden2 = (i2) => !this.byNode.get(step.inputs[i2].node)?.some((q) => !this.isOpen(q));
    }
    const split = captionParts(step);
    if (!split) return t("ui.quiz_caption_hidden");
    return `${split.head}: ${split.terms.map((term, i2) => hidden2(i2) ? `${derivativeOf(term)} = ?` : term).join("; ")}`;
  }
};
var MaskedGrads = class extends Map {
  #base;
  #shows;
  #earlier;
  /**
   * @param {ReadonlyMap<string, TensorJson | null>} base  the frame's own
   * @param {(id: string) => boolean} shows  whether a wire shows its gradient of the frame
   * @param {(id: string) => TensorJson | null | undefined} earlier  else what it shows
   */
  constructor(base2, shows, earlier) {
    super();
    this.#base = base2;
    this.#shows = shows;
    this.#earlier = earlier;
  }
  /** @param {string} id */
  get(id2) {
    return this.#shows(id2) ? this.#base.get(id2) : this.#earlier(id2);
  }
  /** @param {string} id */
  has(id2) {
    return this.get(id2) !== void 0;
  }
  /** @returns {MapIterator<[string, TensorJson | null]>} */
  *entries() {
    for (const id2 of this.#base.keys()) {
      const v = this.get(id2);
      if (v !== void 0) yield [id2, v];
    }
  }
  get size() {
    return [...this.entries()].length;
  }
  /** @returns {MapIterator<string>} */
  *keys() {
    for (const [id2] of this.entries()) yield id2;
  }
  /** @returns {MapIterator<TensorJson | null>} */
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  /**
   * @param {(value: TensorJson | null, key: string, map: Map<string, TensorJson | null>) => void}
   *   fn
   * @param {unknown} [thisArg]
   */
  forEach(fn, thisArg) {
    for (const [id2, v] of this.entries()) fn.call(thisArg, v, id2, this);
  }
  /** @returns {never} */
  set() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  delete() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  clear() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
};

// frontend/js/quizmarks.js
var SVG_NS5 = "http://www.w3.org/2000/svg";
function markQuestions(view, quiz2, frame, current) {
  const layer = view.layers?.marks;
  if (!layer) return;
  for (const q of quiz2.questionsAt(frame.index)) {
    const open = quiz2.isOpen(q);
    const done = quiz2.results.get(q.key);
    const [grad] = (
      /** @type {SVGTextElement[]} */
      view.elementsOf(q.node, ["grad"])
    );
    if (!grad || !open && !done) continue;
    const visible = frame.grads.has(q.node);
    if (!open && !visible) continue;
    const size = Number(grad.getAttribute("font-size")) || FONT;
    const x = Number(grad.getAttribute("x"));
    const drawn = visible ? grad.getComputedTextLength?.() : 0;
    const after = x + (drawn || textWidth(grad.textContent ?? "", size)) + 5;
    const text = open ? visible ? "+ ?" : "?" : done?.ok ? "✓" : "✗";
    const cls = open ? `quiz-mark quiz-open${q === current ? " quiz-asked" : ""}` : `quiz-mark ${done?.ok ? "quiz-mark-right" : "quiz-mark-wrong"}`;
    const m = layer.ownerDocument.createElementNS(SVG_NS5, "text");
    for (const [k, v] of Object.entries({
      class: cls,
      "data-for": q.node,
      x: String(open && !visible ? x : after),
      y: grad.getAttribute("y") ?? "0",
      "font-size": String(size),
      "font-weight": "700"
    })) m.setAttribute(k, v);
    m.textContent = text;
    layer.append(m);
  }
}
function describePicture(view, quiz2, frame) {
  if (!view.descEl) return;
  if (quiz2.done) {
    view.descEl.textContent = view.layout?.desc ?? "";
    return;
  }
  const graph = quiz2.graph;
  const number2 = (v) => formatSummary(v, quiz2.digits);
  const out = graph.nodes.find((n) => n.id === graph.output);
  const inputs2 = graph.nodes.filter((n) => n.kind === "input").slice(0, 20).map((n) => {
    const grad = frame.grads.get(n.id);
    return `${wireName(n)} = ${number2(frame.values.get(n.id) ?? n.value)}` + (grad === void 0 ? "" : ` (${t("ui.gradient")} ${number2(grad)})`);
  });
  view.descEl.textContent = t("ui.quiz_desc", {
    out: outputName(graph),
    value: out ? number2(frame.values.get(out.id) ?? out.value) : "",
    inputs: inputs2.join("; ")
  });
}

// frontend/js/quizpanel.js
function el3(doc2, tag, attrs = {}, children = []) {
  const node = doc2.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
function createQuizPanel(o) {
  const doc2 = o.after.ownerDocument;
  const { stage: stage2 } = o;
  const player = stage2.player;
  const digits = o.digits ?? 2;
  let mode = MODES.includes(o.mode) ? o.mode : "0";
  let graph = null;
  let quiz2 = null;
  let loading = false;
  let asked = null;
  const score = el3(doc2, "span", { class: "quiz-score", id: "quiz-score" });
  const reveal = el3(doc2, "button", {
    type: "button",
    class: "tool",
    "data-action": "quiz-reveal",
    title: t("ui.quiz_reveal_title")
  }, [t("ui.quiz_reveal")]);
  const restart = el3(doc2, "button", {
    type: "button",
    class: "tool",
    "data-action": "quiz-restart"
  }, [t("ui.quiz_restart")]);
  const head = el3(doc2, "div", { class: "quiz-head" }, [
    el3(doc2, "h2", { id: "quiz-title", class: "quiz-title" }, [t("ui.quiz")]),
    score
  ]);
  let menu = null;
  let toggle = null;
  let chosen = mode === "0" ? "1" : mode;
  if (o.toggle) {
    menu = el3(doc2, "select", { id: "quiz-mode" }, [
      el3(doc2, "option", { value: "1" }, [t("ui.quiz_mode_gates")]),
      el3(doc2, "option", { value: "inputs" }, [t("ui.quiz_mode_inputs")])
    ]);
    const select = menu;
    select.value = chosen;
    select.addEventListener("change", () => choose(select.value));
    head.append(el3(doc2, "label", { class: "quiz-mode" }, [`${t("ui.quiz_mode")} `, menu]));
    toggle = el3(doc2, "button", {
      type: "button",
      class: "tool quiz-toggle",
      "data-action": "quiz",
      "aria-pressed": String(mode !== "0"),
      title: t("ui.quiz_button_title")
    }, [t("ui.quiz")]);
    toggle.addEventListener("click", () => choose(mode === "0" ? chosen : "0"));
    stage2.controls.element.append(toggle);
  }
  head.append(el3(doc2, "span", { class: "quiz-buttons" }, [reveal, restart]));
  const question = el3(doc2, "p", { id: "quiz-question", class: "quiz-question" });
  const label = el3(doc2, "label", { for: "quiz-answer", class: "quiz-label" });
  const input = el3(doc2, "input", {
    id: "quiz-answer",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    autocapitalize: "off",
    enterkeyhint: "done",
    "aria-describedby": "quiz-question quiz-rule"
  });
  const check = el3(doc2, "button", {
    type: "submit",
    class: "tool primary",
    "data-action": "quiz-check"
  }, [t("ui.quiz_check")]);
  const form = el3(doc2, "form", { class: "quiz-form", novalidate: "" }, [label, input, check]);
  const rule = el3(doc2, "p", { id: "quiz-rule", class: "quiz-rule" });
  const note2 = el3(doc2, "p", { class: "quiz-note" });
  const result = el3(doc2, "div", {
    id: "quiz-result",
    class: "quiz-result",
    role: "status",
    "aria-live": "polite",
    "aria-atomic": "true"
  });
  const next = el3(
    doc2,
    "button",
    { type: "button", class: "tool", "data-action": "quiz-next" },
    [`${t("ui.quiz_next")} →`]
  );
  const actions = el3(doc2, "p", { class: "quiz-actions" }, [next]);
  const element = el3(
    doc2,
    "section",
    {
      id: "quiz",
      class: "quiz-panel",
      "aria-labelledby": "quiz-title"
    },
    [head, question, form, rule, note2, actions, result]
  );
  element.hidden = true;
  o.after.after(element);
  function apply() {
    const current = quiz2;
    const running = Boolean(current) && !current?.done;
    doc2.documentElement.classList.toggle("quiz", running);
    stage2.setFrameFilter(current ? (frame) => current.mask(frame) : null);
    player.limit = quiz2 ? quiz2.limit : Infinity;
    player.onLimit = quiz2 ? held : null;
    element.hidden = !quiz2;
  }
  function start(fresh) {
    quiz2 = fresh;
    asked = null;
    result.replaceChildren();
    apply();
    o.onScore?.(fresh.score);
  }
  function setGraph(nextGraph) {
    graph = nextGraph;
    loading = true;
    if (mode === "0") {
      quiz2 = null;
      apply();
      return;
    }
    const fresh = new Quiz(nextGraph, mode, { digits });
    if (quiz2 && quiz2.signature === fresh.signature) {
      quiz2.graph = nextGraph;
      apply();
    } else {
      start(fresh);
    }
  }
  function choose(nextMode) {
    setMode(nextMode);
    o.onMode?.(mode);
    if (mode !== "0" && quiz2?.current(player.index)) input.focus();
  }
  function setMode(nextMode) {
    mode = MODES.includes(nextMode) ? nextMode : "0";
    if (mode !== "0") chosen = mode;
    if (menu) menu.value = chosen;
    toggle?.setAttribute("aria-pressed", String(mode !== "0"));
    if (!graph) return;
    if (mode === "0") {
      quiz2 = null;
      apply();
    } else {
      const fresh = new Quiz(graph, mode, { digits });
      start(fresh);
      if (mode === "inputs") player.last();
      else if (player.index > fresh.limit) player.goto(fresh.limit);
    }
    stage2.refresh();
  }
  function say(...lines) {
    result.replaceChildren(...lines.flatMap((line) => line ? [line] : []).map(([cls, text]) => el3(doc2, "p", { class: cls }, [text])));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const current = quiz2;
    const q = current?.current(player.index);
    if (!current || !q) return;
    const text = input.value;
    const answer = current.answer(q, text);
    if (!answer) {
      say(["quiz-nan", t("ui.quiz_not_a_number", { given: text.trim() })]);
      input.select();
      return;
    }
    const words = { name: q.name, expected: answer.shown, given: text.trim() };
    say(
      answer.ok ? ["quiz-right", t("ui.quiz_right", words)] : ["quiz-wrong", t("ui.quiz_wrong", words)],
      answer.ok ? null : ["quiz-why", t("ui.quiz_why", { explanation: answer.explanation })],
      current.done ? ["quiz-over", t("ui.quiz_done", current.score)] : null
    );
    o.onAnswer?.({
      node: q.node,
      label: q.label,
      element: q.element || null,
      ok: answer.ok,
      given: jsonNumber(answer.given),
      expected: jsonNumber(answer.expected)
    });
    o.onScore?.(current.score);
    apply();
    stage2.refresh();
    focusAfterAnswer(current);
  });
  function focusAfterAnswer(current) {
    if (current.current(player.index)) input.focus();
    else if (current.done) restart.focus();
    else next.focus();
  }
  reveal.addEventListener("click", () => {
    if (!quiz2) return;
    quiz2.revealAll();
    say(["quiz-over", t("ui.quiz_done", quiz2.score)]);
    o.onScore?.(quiz2.score);
    apply();
    stage2.refresh();
    restart.focus();
  });
  restart.addEventListener("click", () => {
    if (!quiz2) return;
    quiz2.restart();
    start(quiz2);
    if (quiz2.mode === "1" && quiz2.start !== null) player.goto(quiz2.start);
    else player.last();
    stage2.refresh();
    if (quiz2.current(player.index)) input.focus();
  });
  next.addEventListener("click", () => player.next());
  function held() {
    const q = quiz2?.current(player.index);
    if (!q) return;
    say(["quiz-held", t("ui.quiz_answer_first", { name: q.name })]);
    if (doc2.hasFocus()) input.focus();
  }
  function show(frame) {
    const view = stage2.view;
    if (!quiz2 || !view) {
      if (view?.descEl && view.layout) view.descEl.textContent = view.layout.desc;
      loading = false;
      return;
    }
    const q = quiz2.current(frame.index);
    render2(frame, q);
    markQuestions(view, quiz2, frame, q);
    describePicture(view, quiz2, frame);
    if (q && q !== asked) {
      input.value = "";
      if (!loading && nearby()) input.focus();
    }
    asked = q;
    loading = false;
  }
  function nearby() {
    if (!doc2.hasFocus()) return false;
    const active2 = doc2.activeElement;
    return !active2 || active2 === doc2.body || element.contains(active2) || Boolean(active2.closest?.("#controls, #circuit"));
  }
  function render2(frame, q) {
    if (!quiz2) return;
    const s = quiz2.score;
    score.textContent = t("ui.quiz_score", s);
    const none3 = quiz2.questions.length === 0;
    reveal.hidden = quiz2.done;
    restart.hidden = !quiz2.done || none3;
    form.hidden = !q;
    question.hidden = !q;
    rule.hidden = !q;
    next.hidden = Boolean(q) || frame.index >= frame.total - 1;
    if (q) {
      const k = quiz2.questions.indexOf(q) + 1;
      const progress = t("ui.quiz_progress", { k, n: quiz2.questions.length });
      const gate = captionParts(frame.step)?.head ?? "";
      question.textContent = `${quiz2.mode === "1" && gate ? t("ui.quiz_question_gate", { gate, name: q.name }) : t("ui.quiz_question_input", { name: q.name, label: q.label })} (${progress})`;
      label.textContent = `${q.name} =`;
      const unit = unitText(formatNumber(q.expected, digits));
      rule.textContent = t("ui.quiz_rule", { unit }) + (q.element ? ` ${t("ui.quiz_element", { element: q.element })}` : "");
    }
    note2.textContent = none3 ? t("ui.quiz_none") : quiz2.done || q ? "" : t("ui.quiz_step_on", { right: "→" });
    note2.hidden = !note2.textContent;
  }
  return {
    element,
    setGraph,
    setMode,
    show,
    get quiz() {
      return quiz2;
    }
  };
}
function jsonNumber(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "-Infinity";
  return v;
}

// frontend/js/embed.js
var $ = (selector) => (
  /** @type {HTMLElement} */
  document.querySelector(selector)
);
var readJSON = (id2) => JSON.parse(document.getElementById(id2)?.textContent || "null");
var parent = window.parent !== window ? window.parent : null;
var post = (message) => parent?.postMessage(message, "*");
var drawnIn = document.documentElement.lang;
setLanguage(pickLanguage(location.search, navigator.languages), readCatalogs(document));
if (language() !== drawnIn) translatePage(document);
var page = readJSON("cgviz-page") ?? { source: "" };
var state = parse(location.search);
if (!new URLSearchParams(location.search).has("source")) state.source = page.source;
var hidden = new Set(state.hide);
document.documentElement.classList.add("js");
$(".embed-view .caption")?.remove();
var quiz = null;
var codeEl = $("#code-panel");
var code2 = codeEl ? createCodePanel(codeEl) : null;
var stage = createStage({
  ...stageOptionsOf(state, hidden, $),
  // the frame is as wide as the course page makes it; its height follows the circuit; the
  // view centres the step the caption talks about (the address's step= too); on a phone no
  // text is drawn under 11 px, and the zoom buttons get a strip of their own under it
  panzoom: viewOptions({
    fitHeight: true,
    maxFitScale: 1.6,
    minFitScale: 0.75,
    padding: 8,
    centreOnFit: true,
    padBottom: 0
  }, { padBottom: PHONE_ZOOM_ROOM }),
  onInputValueClick: inputsShown() ? (node, element) => {
    if (node?.label) inputs?.editInPlace(node.label, node.value, element);
  } : void 0,
  // a click on a σ/tanh/softmax/mean gate expands it, on an expanded one collapses it
  onGateToggle: (name2, expand, builtin) => {
    state.options = toggledOptions(state.options, name2, expand, builtin);
    history.replaceState(history.state, "", location.pathname + serialize(state));
    request();
  },
  onFrame: (frame) => {
    if (code2 && !codeEl?.hidden) code2.show(frame);
    quiz?.show(frame);
    post({
      type: "cgviz:step",
      index: frame.index,
      phase: frame.phase,
      node: frame.step?.node ?? null
    });
  }
});
quiz = createQuizPanel({
  stage,
  after: $("#controls"),
  mode: state.quiz,
  digits: state.options.digits ?? 2,
  onAnswer: (answer) => post({ type: "cgviz:answer", ...answer }),
  onScore: (score) => post({ type: "cgviz:score", ...score })
});
function inputsShown() {
  return !hidden.has("editor") && !hidden.has("inputs") && Boolean($("#inputs"));
}
var textarea = (
  /** @type {HTMLTextAreaElement | null} */
  document.querySelector("#source")
);
var editor = textarea ? createEditor(textarea, {
  errorEl: $("#error"),
  onInput: (source) => {
    state.values = keepOverrides(state.source, source, state.values);
    state.source = source;
    return request();
  }
}) : null;
var details = textarea?.closest("details");
if (details?.open) editor?.upgrade();
else details?.addEventListener("toggle", () => editor?.upgrade(), { once: true });
var inputs = null;
if (inputsShown()) {
  $("#inputs").hidden = false;
  inputs = createInputs($("#inputs"), {
    lang: state.lang,
    onChange: (name2, value) => {
      state.values = { ...state.values, [name2]: value };
      request();
    }
  });
}
function showTeaching(graph) {
  const withCode = Boolean(state.options.code && graph.code);
  if (codeEl) codeEl.hidden = !withCode;
  code2?.setGraph(withCode ? graph : null);
  renderGradcheckSummary(
    $("#gradcheck"),
    state.options.gradcheck ? graph : null,
    state.options.digits ?? 2
  );
}
function showGraph(graph, index) {
  editor?.showError(null);
  showTeaching(graph);
  quiz?.setGraph(graph);
  stage.setStale(false);
  stage.setGraph(graph, index);
  inputs?.render(graph);
}
function showError(error) {
  editor?.showError(error);
  stage.setStale(true);
  post({
    type: "cgviz:error",
    message: error.message ?? "",
    line: error.line ?? null,
    column: error.column ?? null
  });
}
async function request(step) {
  const answer = await fetchGraph({
    source: state.source,
    values: state.values,
    options: { ...state.options, lang: language() }
  });
  if (answer.stale) return;
  if (answer.ok) {
    const total = answer.graph.steps?.length ?? 0;
    showGraph(answer.graph, step === void 0 ? void 0 : resolveStep(step, total));
    if (step !== void 0) stage.centre();
  } else {
    showError(answer.error);
  }
}
var stepParam = (v) => v === "end" || Number.isInteger(v) ? (
  /** @type {number | "end"} */
  v
) : void 0;
var handlers2 = {
  "cgviz:set": (m) => {
    if (typeof m.source === "string") {
      state.values = keepOverrides(state.source, m.source, state.values);
      state.source = m.source;
      editor?.setValue(m.source);
    }
    if (m.values && typeof m.values === "object" && !Array.isArray(m.values)) {
      const values = Object.entries(m.values).filter(([, v]) => parseTensor(JSON.stringify(v)) !== null);
      state.values = { ...state.values, ...Object.fromEntries(values) };
    }
    request(stepParam(m.step));
  },
  "cgviz:play": () => stage.player.play(),
  "cgviz:pause": () => stage.player.pause(),
  "cgviz:goto": (m) => {
    const total = stage.player.total;
    if (m.index === "end") stage.player.last();
    else if (Number.isInteger(m.index)) stage.player.goto(resolveStep(m.index, total));
    stage.centre();
  }
};
window.addEventListener("message", (event) => {
  if (!parent || event.source !== parent) return;
  const m = event.data;
  if (m && typeof m === "object" && Object.hasOwn(handlers2, m.type)) handlers2[m.type](m);
});
onPhoneChange(() => stage.refreshView());
var lastHeight = 0;
var main = $(".embed-view");
new ResizeObserver(() => {
  const height = Math.ceil(main.getBoundingClientRect().height);
  if (height === lastHeight || height <= 0) return;
  lastHeight = height;
  post({ type: "cgviz:resize", height });
  post({ subject: "lti.frameResize", height });
}).observe(main);
post({ type: "cgviz:ready" });
var first = readJSON("cgviz-graph");
if (first) {
  rememberRequest(first, { source: page.source, values: page.values, options: page.options });
}
var startedWith = page.source === state.source && language() === drawnIn;
if (first && startedWith) {
  showGraph(first, resolveStep(state.step, first.steps?.length ?? 0));
} else if (page.error && startedWith) {
  showError(page.error);
} else {
  request(state.step);
}
if (state.autoplay && stage.graph) {
  stage.player.first();
  stage.player.play();
}
