// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonsyntax.h"
#include "common/jsonlocator.h"

using namespace Qt::StringLiterals;

namespace Claimscope::JsonSyntax {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// A recursive-descent reading of JSON (RFC 8259) that stops at the first
/// mistake and says what it is. It only runs after Qt's parser has refused
/// a text, to explain why.
class Scanner
{
public:
    explicit Scanner(QByteArrayView json)
        : m_json(json)
    {
    }

    std::optional<Error> run()
    {
        if (m_json.startsWith("\xEF\xBB\xBF"))
            m_pos = 3; // a UTF-8 byte-order mark, which Qt skips too
        skipSpace();
        if (!value())
            return m_error;
        skipSpace();
        if (m_pos < m_json.size()) {
            fail(m_pos, u"%1 after the end of the JSON text, which ended at %2; a file holds one object"_s.arg(found(m_pos), place(m_lastEnd - 1)));
            return m_error;
        }
        return std::nullopt;
    }

private:
    char at(qsizetype i) const { return i < m_json.size() ? m_json[i] : '\0'; }
    char peek() const { return at(m_pos); }
    bool atEnd() const { return m_pos >= m_json.size(); }

    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }

    bool fail(qsizetype offset, const QString &message)
    {
        m_error = Error{offset, message};
        return false;
    }

    /// "line 3, column 7" of a byte offset.
    QString place(qsizetype offset) const
    {
        const JsonLocator::Position p = JsonLocator::positionAt(m_json.toByteArray(), offset);
        return u"line %1, column %2"_s.arg(p.line).arg(p.column);
    }

    /// The UTF-8 character starting at `i`, decoded.
    QString character(qsizetype i) const
    {
        const auto lead = static_cast<unsigned char>(at(i));
        const qsizetype n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return QString::fromUtf8(m_json.sliced(i, std::min(n, m_json.size() - i)));
    }

    bool curlyQuoteAt(qsizetype i) const
    {
        return at(i) == '\xE2' && at(i + 1) == '\x80' && (at(i + 2) == '\x98' || at(i + 2) == '\x99' || at(i + 2) == '\x9C' || at(i + 2) == '\x9D');
    }

    bool commentAt(qsizetype i) const { return at(i) == '/' && (at(i + 1) == '/' || at(i + 1) == '*'); }

    /// What stands at `i`, for "found …".
    QString found(qsizetype i) const
    {
        if (i >= m_json.size())
            return u"the end of the file"_s;
        if (commentAt(i))
            return u"a comment"_s;
        if (isLetter(at(i))) {
            qsizetype end = i;
            while (isLetter(at(end)) || isDigit(at(end)))
                ++end;
            return u"the word “%1”"_s.arg(QString::fromUtf8(m_json.sliced(i, std::min<qsizetype>(end - i, 40))));
        }
        return u"“%1”"_s.arg(character(i));
    }

    /// A mistake where a value should start.
    bool badValue(qsizetype i)
    {
        const char c = at(i);
        if (c == '\'')
            return fail(i, u"a single quote ('): JSON strings take double quotes (\")"_s);
        if (curlyQuoteAt(i))
            return fail(i, u"a curly quote mark (%1) where JSON needs a straight one (\"); retype it with smart quotes turned off"_s.arg(character(i)));
        if (commentAt(i))
            return fail(i, u"a comment: JSON has none; remove it"_s);
        if (isLetter(c)) {
            qsizetype end = i;
            while (isLetter(at(end)))
                ++end;
            const QByteArray word = m_json.sliced(i, end - i).toByteArray().toLower();
            if (word == "true" || word == "false" || word == "null")
                return fail(i, u"%1: JSON writes true, false and null in lower case"_s.arg(found(i)));
            return fail(i, u"%1 is not a JSON value; text goes in double quotes (\"…\")"_s.arg(found(i)));
        }
        if (i >= m_json.size())
            return fail(i, u"the file ends where a value should be"_s);
        return fail(i, u"expected a value (text in double quotes, a number, true, false, null, an object or an array), found %1"_s.arg(found(i)));
    }

    bool value()
    {
        const char c = peek();
        bool ok = false;
        if (c == '{')
            ok = object();
        else if (c == '[')
            ok = array();
        else if (c == '"')
            ok = string();
        else if (c == '-' || isDigit(c))
            ok = number();
        else if (c == 't' || c == 'f' || c == 'n')
            ok = literal();
        else
            return badValue(m_pos);
        m_lastEnd = m_pos;
        return ok;
    }

    bool literal()
    {
        for (const char *word : {"true", "false", "null"}) {
            const QByteArrayView w(word);
            if (m_json.sliced(m_pos).startsWith(w) && !isLetter(at(m_pos + w.size())) && !isDigit(at(m_pos + w.size()))) {
                m_pos += w.size();
                return true;
            }
        }
        return badValue(m_pos);
    }

    bool number()
    {
        const qsizetype start = m_pos;
        auto bad = [&] { return fail(start, u"not a JSON number (digits, with an optional '-', '.' and exponent; no leading '+' or zeros)"_s); };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
            if (isDigit(peek()))
                return bad();
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                ++m_pos;
        } else {
            return bad();
        }
        if (peek() == '.') {
            ++m_pos;
            if (!isDigit(peek()))
                return bad();
            while (isDigit(peek()))
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit(peek()))
                return bad();
            while (isDigit(peek()))
                ++m_pos;
        }
        return true;
    }

    bool string()
    {
        const qsizetype open = m_pos++;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                ++m_pos;
                return true;
            }
            // Line breaks and other control characters inside text are taken as they are, as Qt's parser does.
            if (c == '\\') {
                const char e = at(m_pos + 1);
                if (e == 'u') {
                    for (int k = 2; k < 6; ++k) {
                        const char h = at(m_pos + k);
                        if (!isDigit(h) && !((h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                            return fail(m_pos, u"\\u must be followed by four hexadecimal digits"_s);
                    }
                    m_pos += 6;
                    continue;
                }
                m_pos += 2; // Qt's parser takes an unknown escape as the character itself
                continue;
            }
            ++m_pos;
        }
        return fail(open, u"the text that opens here is never closed: a '\"' is missing before the end of the file"_s);
    }

    /// After a member or element: a ',' or the closing bracket, else what is wrong.
    /// `close` is '}' or ']'; `open` is where the container opened; `valueStart`
    /// is where the last value started.
    bool afterItem(char close, qsizetype open, qsizetype valueStart, qsizetype valueEnd, bool &more)
    {
        skipSpace();
        const char c = peek();
        const char *kind = close == '}' ? "object" : "array";
        if (c == ',') {
            more = true;
            return true;
        }
        if (c == close) {
            more = false;
            return true;
        }
        if (atEnd())
            return fail(open,
                        u"the %1 that opens here is never closed: a '%2' is missing before the end of the file"_s.arg(QLatin1StringView(kind),
                                                                                                                      QString(QLatin1Char(close))));
        if (c == '}' || c == ']')
            return fail(m_pos,
                        u"a '%1' closes the %2 that opens at %3, which needs a '%4'"_s.arg(
                            QString(QLatin1Char(c)), QLatin1StringView(kind), place(open), QString(QLatin1Char(close))));
        if (at(valueStart) == '"' && (isLetter(c) || isDigit(c) || static_cast<unsigned char>(c) >= 0x80))
            return fail(valueEnd - 1, u"a '\"' inside text ends it early: write \\\" for a straight quote mark inside text, or use curly ones (“ ”)"_s);
        if (c == '"' || c == '{' || c == '[' || c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n')
            return fail(valueEnd, u"missing comma: a ',' must separate the items of an %1"_s.arg(QLatin1StringView(kind)));
        if (commentAt(m_pos))
            return fail(m_pos, u"a comment: JSON has none; remove it"_s);
        return fail(m_pos, u"expected ',' or '%1' after an item of the %2, found %3"_s.arg(QString(QLatin1Char(close)), QLatin1StringView(kind), found(m_pos)));
    }

    bool trailingComma(qsizetype comma, const char *kind)
    {
        return fail(comma, u"trailing comma: a ',' after the last item of an %1; remove it"_s.arg(QLatin1StringView(kind)));
    }

    bool object()
    {
        const qsizetype open = m_pos++;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        qsizetype comma = -1;
        while (true) {
            skipSpace();
            const char c = peek();
            if (c == '}' && comma >= 0)
                return trailingComma(comma, "object");
            if (c != '"') {
                if (isLetter(c))
                    return fail(m_pos, u"%1 where a key should be: keys take double quotes (\"…\")"_s.arg(found(m_pos)));
                if (c == '\'' || curlyQuoteAt(m_pos) || commentAt(m_pos))
                    return badValue(m_pos);
                if (c == ']')
                    return fail(m_pos, u"a ']' closes the object that opens at %1, which needs a '}'"_s.arg(place(open)));
                if (atEnd())
                    return fail(open, u"the object that opens here is never closed: a '}' is missing before the end of the file"_s);
                return fail(m_pos, u"expected a key in double quotes, found %1"_s.arg(found(m_pos)));
            }
            const qsizetype keyStart = m_pos;
            if (!string())
                return false;
            skipSpace();
            if (peek() != ':')
                return fail(m_pos,
                            u"expected ':' after the key %1, found %2"_s.arg(
                                QString::fromUtf8(m_json.sliced(keyStart, std::min<qsizetype>(m_pos - keyStart, 60))), found(m_pos)));
            ++m_pos;
            skipSpace();
            const qsizetype valueStart = m_pos;
            if (!value())
                return false;
            bool more = false;
            if (!afterItem('}', open, valueStart, m_pos, more))
                return false;
            if (!more) {
                ++m_pos;
                return true;
            }
            comma = m_pos++;
        }
    }

    bool array()
    {
        const qsizetype open = m_pos++;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        qsizetype comma = -1;
        while (true) {
            skipSpace();
            if (peek() == ']' && comma >= 0)
                return trailingComma(comma, "array");
            if (peek() == '}')
                return fail(m_pos, u"a '}' closes the array that opens at %1, which needs a ']'"_s.arg(place(open)));
            if (atEnd())
                return fail(open, u"the array that opens here is never closed: a ']' is missing before the end of the file"_s);
            const qsizetype valueStart = m_pos;
            if (!value())
                return false;
            bool more = false;
            if (!afterItem(']', open, valueStart, m_pos, more))
                return false;
            if (!more) {
                ++m_pos;
                return true;
            }
            comma = m_pos++;
        }
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    qsizetype m_lastEnd = 0;
    Error m_error;
};

} // namespace

std::optional<Error> firstError(QByteArrayView json)
{
    return Scanner(json).run();
}

} // namespace Claimscope::JsonSyntax
