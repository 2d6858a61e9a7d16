// Patterns of the match statement (PEP 634), parsed by the Parser in parser.ts.

import * as ast from './ast';
import { NodeKind, ExprContext, Operator, UnaryOperator, ConstantType } from './ast';
import { TokenType } from './tokens';
import type { Parser } from './parser';
import { parseNumber } from './literals';
import { parseStrings } from './fstring';

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
export function parsePatterns(p: Parser): ast.Pattern {
  const s = p.peek();
  const first = maybeStarPattern(p);
  if (!p.isOp(',')) {
    if (first.kind === NodeKind.MatchStar) p.fail();
    return first;
  }
  const patterns = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKw('if')) break;
    patterns.push(maybeStarPattern(p));
  }
  return p.mk<ast.MatchSequence>({ kind: NodeKind.MatchSequence, patterns }, s);
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
function maybeStarPattern(p: Parser): ast.Pattern {
  if (p.isOp('*')) {
    const t = p.next();
    const n = p.expectName();
    return p.mk<ast.MatchStar>({ kind: NodeKind.MatchStar, name: n.value === '_' ? null : n.value }, t);
  }
  return pattern(p);
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
export function pattern(p: Parser): ast.Pattern {
  const s = p.peek();
  const orp = orPattern(p);
  if (p.isKw('as')) {
    p.next();
    const n = p.peek();
    if (n.type !== TokenType.Name) p.fail();
    if (n.value === '_') throw p.errorRange("cannot use '_' as a target", n);
    p.next();
    return p.mk<ast.MatchAs>({ kind: NodeKind.MatchAs, pattern: orp, name: n.value }, s);
  }
  return orp;
}

// or_pattern: '|'.closed_pattern+
function orPattern(p: Parser): ast.Pattern {
  const s = p.peek();
  const first = closedPattern(p);
  if (!p.isOp('|')) return first;
  const patterns = [first];
  while (p.eatOp('|')) patterns.push(closedPattern(p));
  return p.mk<ast.MatchOr>({ kind: NodeKind.MatchOr, patterns }, s);
}

// closed_pattern:
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
function closedPattern(p: Parser): ast.Pattern {
  const t = p.peek();
  switch (t.type) {
    case TokenType.Number: {
      const value = signedNumber(p);
      return p.mk<ast.MatchValue>({ kind: NodeKind.MatchValue, value }, t);
    }
    case TokenType.String: case TokenType.FStringStart: {
      const value = parseStrings(p);
      if (value.kind === NodeKind.JoinedStr) {
        throw p.errorRange('patterns may only match literals and attribute lookups', value);
      }
      return p.mk<ast.MatchValue>({ kind: NodeKind.MatchValue, value }, t);
    }
    case TokenType.Keyword:
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        p.next();
        const value = t.value === 'None' ? null : t.value === 'True';
        return p.mk<ast.MatchSingleton>({ kind: NodeKind.MatchSingleton, value }, t);
      }
      break;
    case TokenType.Name: {
      const n = p.peekAt(1);
      const nextIsDotOrParen = n.type === TokenType.Op && (n.value === '.' || n.value === '(');
      if (!nextIsDotOrParen) {
        p.next();
        const name = t.value === '_' ? null : t.value;
        return p.mk<ast.MatchAs>({ kind: NodeKind.MatchAs, pattern: null, name }, t);
      }
      const cls = nameOrAttr(p);
      if (p.isOp('(')) return classPattern(p, cls, t);
      return p.mk<ast.MatchValue>({ kind: NodeKind.MatchValue, value: cls }, t);
    }
    case TokenType.Op:
      switch (t.value) {
        case '-': {
          const value = signedNumber(p);
          return p.mk<ast.MatchValue>({ kind: NodeKind.MatchValue, value }, t);
        }
        case '(': {
          p.next();
          if (p.isOp(')')) {
            p.next();
            return p.mk<ast.MatchSequence>({ kind: NodeKind.MatchSequence, patterns: [] }, t);
          }
          const first = maybeStarPattern(p);
          if (p.isOp(',')) {
            const patterns = [first];
            while (p.eatOp(',')) {
              if (p.isOp(')')) break;
              patterns.push(maybeStarPattern(p));
            }
            p.expectOp(')');
            return p.mk<ast.MatchSequence>({ kind: NodeKind.MatchSequence, patterns }, t);
          }
          p.expectOp(')');
          if (first.kind === NodeKind.MatchStar) {
            return p.mk<ast.MatchSequence>({ kind: NodeKind.MatchSequence, patterns: [first] }, t);
          }
          return first;
        }
        case '[': {
          p.next();
          const patterns: ast.Pattern[] = [];
          while (!p.isOp(']')) {
            patterns.push(maybeStarPattern(p));
            if (!p.eatOp(',')) break;
          }
          p.expectOp(']');
          return p.mk<ast.MatchSequence>({ kind: NodeKind.MatchSequence, patterns }, t);
        }
        case '{':
          return mappingPattern(p);
      }
      break;
  }
  return p.fail();
}

// signed_number: NUMBER | '-' NUMBER
// complex_number: signed_real_number ('+' | '-') imaginary_number
function signedNumber(p: Parser): ast.Expr {
  const s = p.peek();
  let left: ast.Expr;
  if (p.isOp('-')) {
    p.next();
    const operand = numberConstant(p);
    left = p.mk<ast.UnaryOp>({ kind: NodeKind.UnaryOp, op: UnaryOperator.USub, operand }, s);
  } else {
    left = numberConstant(p);
  }
  const t = p.peek();
  if (t.type === TokenType.Op && (t.value === '+' || t.value === '-')) {
    p.next();
    const right = numberConstant(p);
    if (right.valueType !== ConstantType.Complex) throw p.errorRange('imaginary number required in complex literal', right);
    const op = t.value === '+' ? Operator.Add : Operator.Sub;
    return p.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op, right }, s);
  }
  return left;
}

function numberConstant(p: Parser): ast.Constant {
  const t = p.peek();
  if (t.type !== TokenType.Number) p.fail();
  p.next();
  const v = parseNumber(t.value);
  return p.mk<ast.Constant>({ kind: NodeKind.Constant, value: v.value, constKind: null, valueType: v.type }, t);
}

// name_or_attr: attr | NAME
// attr: name_or_attr '.' NAME
function nameOrAttr(p: Parser): ast.Expr {
  const t = p.expectName();
  let e: ast.Expr = p.mk<ast.Name>({ kind: NodeKind.Name, id: t.value, ctx: ExprContext.Load }, t);
  while (p.isOp('.')) {
    p.next();
    const attr = p.expectName().value;
    e = p.mk<ast.Attribute>({ kind: NodeKind.Attribute, value: e, attr, ctx: ExprContext.Load }, t);
  }
  return e;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
function classPattern(p: Parser, cls: ast.Expr, s: ast.Located): ast.MatchClass {
  p.next(); // '('
  const patterns: ast.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: ast.Pattern[] = [];
  while (!p.isOp(')')) {
    const t = p.peek();
    const n = p.peekAt(1);
    if (t.type === TokenType.Name && n.type === TokenType.Op && n.value === '=') {
      p.next(); p.next();
      kwdAttrs.push(t.value);
      kwdPatterns.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwdAttrs.length > 0) throw p.errorRange('positional patterns follow keyword patterns', pat);
      patterns.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return p.mk<ast.MatchClass>({ kind: NodeKind.MatchClass, cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, s);
}

// mapping_pattern: '{' [items_pattern [',' double_star_pattern] | double_star_pattern] ','? '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
function mappingPattern(p: Parser): ast.MatchMapping {
  const lb = p.next();
  const keys: ast.Expr[] = [];
  const patterns: ast.Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.isOp('**')) {
      p.next();
      rest = p.expectName().value;
      p.eatOp(',');
      break;
    }
    keys.push(mappingKey(p));
    p.expectOp(':');
    patterns.push(pattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return p.mk<ast.MatchMapping>({ kind: NodeKind.MatchMapping, keys, patterns, rest }, lb);
}

function mappingKey(p: Parser): ast.Expr {
  const t = p.peek();
  switch (t.type) {
    case TokenType.Number: return signedNumber(p);
    case TokenType.String: case TokenType.FStringStart: return parseStrings(p);
    case TokenType.Name: return nameOrAttr(p);
    case TokenType.Keyword:
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') return p.atom();
      break;
    case TokenType.Op:
      if (t.value === '-') return signedNumber(p);
      break;
  }
  return p.fail();
}
