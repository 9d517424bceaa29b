// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/jsonscan.h"

#include "domain/recordfields.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// QJsonDocument refuses deeper nesting than this, so a valid text never reaches it; it only
// bounds the recursion should the scan ever be handed something else.
constexpr int kMaxDepth = 4096;

bool isDelimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':';
}

qsizetype skipSpace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && (json[pos] == ' ' || json[pos] == '\t' || json[pos] == '\r' || json[pos] == '\n'))
        ++pos;
    return pos;
}

// At a string's opening quote; returns the offset past its closing one.
qsizetype skipString(QByteArrayView json, qsizetype pos)
{
    for (++pos; pos < json.size(); ++pos) {
        if (json[pos] == '\\')
            ++pos;
        else if (json[pos] == '"')
            return pos + 1;
    }
    return json.size();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The text of a JSON string without its quotes, escapes resolved.
QString decode(QByteArrayView body)
{
    if (!body.contains('\\'))
        return QString::fromUtf8(body);
    QString out;
    qsizetype plain = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '\\' || i + 1 >= body.size())
            continue;
        out += QString::fromUtf8(body.sliced(plain, i - plain));
        const char e = body[++i];
        if (e == 'u' && i + 4 < body.size()) {
            int code = 0;
            for (int k = 1; k <= 4; ++k)
                code = code * 16 + qMax(0, hexValue(body[i + k]));
            out += QChar(char16_t(code));
            i += 4;
        } else {
            static constexpr std::pair<char, char16_t> kEscapes[]
                = {{'n', u'\n'}, {'t', u'\t'}, {'r', u'\r'}, {'b', u'\b'}, {'f', u'\f'}};
            char16_t c = char16_t(e);
            for (const auto &[letter, meaning] : kEscapes)
                if (e == letter)
                    c = meaning;
            out += QChar(c);
        }
        plain = i + 1;
    }
    return out + QString::fromUtf8(body.sliced(plain));
}

struct Step {
    QString key; // a member of an object...
    qsizetype index = -1; // ...or an element of an array
};

QList<Step> stepsOf(QStringView path)
{
    QList<Step> steps;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] == u'.') {
            ++i;
        } else if (path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            bool ok = false;
            const qsizetype index = close < 0 ? -1 : path.sliced(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok || index < 0)
                break;
            steps.append(Step {{}, index});
            i = close + 1;
        } else {
            qsizetype end = i;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            steps.append(Step {path.sliced(i, end - i).toString(), -1});
            i = end;
        }
    }
    return steps;
}

bool isWithin(const QString &path, QStringView container)
{
    if (container.isEmpty())
        return true;
    return path.startsWith(container)
        && (path.size() == container.size() || path[container.size()] == u'.' || path[container.size()] == u'[');
}

class DuplicateFinder {
public:
    DuplicateFinder(QByteArrayView json, QList<JsonScan::Duplicate> &into)
        : m_json(json)
        , m_into(into)
    {
    }

    qsizetype value(qsizetype pos, int depth)
    {
        pos = skipSpace(m_json, pos);
        if (pos >= m_json.size() || depth > kMaxDepth)
            return m_json.size();
        const char c = m_json[pos];
        if (c == '{')
            return object(pos, depth);
        if (c == '[')
            return array(pos, depth);
        if (c == '"')
            return skipString(m_json, pos);
        while (pos < m_json.size() && !isDelimiter(m_json[pos]))
            ++pos;
        return pos;
    }

private:
    qsizetype object(qsizetype pos, int depth)
    {
        // Keys are compared as sent unless escaped: "a" and "\u0061" are one key too. A few
        // keys are searched in a row; past that a set keeps a huge object linear.
        QVarLengthArray<QByteArray, 16> keys;
        QSet<QByteArray> many;
        pos = skipSpace(m_json, pos + 1);
        if (pos < m_json.size() && m_json[pos] == '}')
            return pos + 1;
        while (pos < m_json.size() && m_json[pos] == '"') {
            const qsizetype keyStart = pos;
            const qsizetype keyEnd = skipString(m_json, pos);
            const QByteArrayView body = m_json.sliced(keyStart + 1, qMax<qsizetype>(0, keyEnd - keyStart - 2));
            const QByteArray key
                = body.contains('\\') ? decode(body).toUtf8() : QByteArray::fromRawData(body.data(), body.size());
            const bool seen
                = many.isEmpty() ? std::find(keys.cbegin(), keys.cend(), key) != keys.cend() : many.contains(key);
            if (seen) {
                m_into.append(JsonScan::Duplicate {pathText(), decode(body), keyStart});
            } else if (keys.size() < 32) {
                keys.append(key);
            } else {
                if (many.isEmpty())
                    many = QSet<QByteArray>(keys.cbegin(), keys.cend());
                many.insert(key);
            }
            pos = skipSpace(m_json, keyEnd);
            if (pos >= m_json.size() || m_json[pos] != ':')
                return m_json.size();
            m_path.append(Step {decode(body), -1});
            pos = skipSpace(m_json, value(pos + 1, depth + 1));
            m_path.removeLast();
            if (pos < m_json.size() && m_json[pos] == ',')
                pos = skipSpace(m_json, pos + 1);
            else
                break;
        }
        return pos < m_json.size() && m_json[pos] == '}' ? pos + 1 : m_json.size();
    }

    qsizetype array(qsizetype pos, int depth)
    {
        pos = skipSpace(m_json, pos + 1);
        if (pos < m_json.size() && m_json[pos] == ']')
            return pos + 1;
        for (qsizetype index = 0; pos < m_json.size(); ++index) {
            m_path.append(Step {{}, index});
            pos = skipSpace(m_json, value(pos, depth + 1));
            m_path.removeLast();
            if (pos < m_json.size() && m_json[pos] == ',')
                pos = skipSpace(m_json, pos + 1);
            else
                break;
        }
        return pos < m_json.size() && m_json[pos] == ']' ? pos + 1 : m_json.size();
    }

    QString pathText() const
    {
        QString out;
        for (const Step &s : m_path) {
            if (s.index >= 0)
                out += u'[' + QString::number(s.index) + u']';
            else
                out += (out.isEmpty() ? QString() : u"."_s) + s.key;
        }
        return out;
    }

    QByteArrayView m_json;
    QList<JsonScan::Duplicate> &m_into;
    QList<Step> m_path;
};

} // namespace

QString JsonScan::Duplicate::field() const
{
    // Cut like any quoted input: a key may be megabytes long. The empty key is named as written,
    // "": a reject always names its field (fuzz_grafana found one that named none).
    const QString name = key.isEmpty() ? u"\"\""_s : key;
    return RecordFields::excerpt(path.isEmpty() ? name : path + u'.' + name);
}

JsonScan::JsonScan(QByteArrayView json)
    : m_json(json)
{
    scanDuplicates();
}

void JsonScan::scanDuplicates()
{
    DuplicateFinder(m_json, m_duplicates).value(0, 0);
}

const JsonScan::Duplicate *JsonScan::duplicateWithin(QStringView path) const
{
    for (const Duplicate &d : m_duplicates)
        if (isWithin(d.path, path))
            return &d;
    return nullptr;
}

const JsonScan::Duplicate *JsonScan::duplicateOutside(const QStringList &lists) const
{
    for (const Duplicate &d : m_duplicates) {
        const bool inList = std::any_of(lists.cbegin(), lists.cend(), [&](const QString &list) {
            return d.path.startsWith(list) && d.path.size() > list.size() && d.path[list.size()] == u'[';
        });
        if (!inList)
            return &d;
    }
    return nullptr;
}

qsizetype JsonScan::skipValue(qsizetype pos) const
{
    pos = skipSpace(m_json, pos);
    if (pos >= m_json.size())
        return pos;
    const char c = m_json[pos];
    if (c == '"')
        return skipString(m_json, pos);
    if (c != '{' && c != '[') {
        while (pos < m_json.size() && !isDelimiter(m_json[pos]))
            ++pos;
        return pos;
    }
    // Brackets of both kinds count alike: in valid JSON they nest properly.
    int depth = 0;
    while (pos < m_json.size()) {
        const char d = m_json[pos];
        if (d == '"') {
            pos = skipString(m_json, pos);
            continue;
        }
        if (d == '{' || d == '[')
            ++depth;
        else if ((d == '}' || d == ']') && --depth == 0)
            return pos + 1;
        ++pos;
    }
    return pos;
}

QString JsonScan::keyAt(qsizetype pos) const
{
    const qsizetype end = skipString(m_json, pos);
    return decode(m_json.sliced(pos + 1, qMax<qsizetype>(0, end - pos - 2)));
}

qsizetype JsonScan::offsetOf(QStringView path) const
{
    qsizetype pos = skipSpace(m_json, 0);
    for (const Step &step : stepsOf(path)) {
        pos = skipSpace(m_json, pos);
        if (pos >= m_json.size())
            return qMax<qsizetype>(0, qMin(pos, m_json.size() - 1));
        if (step.index < 0) {
            if (m_json[pos] != '{')
                return pos;
            qsizetype member = skipSpace(m_json, pos + 1);
            bool found = false;
            while (member < m_json.size() && m_json[member] == '"') {
                const bool match = keyAt(member) == step.key;
                qsizetype value = skipSpace(m_json, skipString(m_json, member));
                if (value >= m_json.size() || m_json[value] != ':')
                    break;
                value = skipSpace(m_json, value + 1);
                if (match) {
                    pos = value;
                    found = true;
                    break;
                }
                member = skipSpace(m_json, skipValue(value));
                if (member >= m_json.size() || m_json[member] != ',')
                    break;
                member = skipSpace(m_json, member + 1);
            }
            if (!found)
                return pos;
        } else {
            if (m_json[pos] != '[')
                return pos;
            auto [index, element] = m_arrayCursor.value(pos, std::pair(qsizetype(0), skipSpace(m_json, pos + 1)));
            if (index > step.index) {
                index = 0;
                element = skipSpace(m_json, pos + 1);
            }
            if (element >= m_json.size() || m_json[element] == ']')
                return pos;
            while (index < step.index) {
                const qsizetype next = skipSpace(m_json, skipValue(element));
                if (next >= m_json.size() || m_json[next] != ',')
                    break;
                element = skipSpace(m_json, next + 1);
                ++index;
            }
            m_arrayCursor.insert(pos, std::pair(index, element));
            if (index != step.index)
                return pos;
            pos = element;
        }
    }
    return pos;
}

qint64 JsonScan::lineOf(qsizetype offset) const
{
    if (m_lineStarts.isEmpty()) {
        m_lineStarts.append(0);
        for (qsizetype at = m_json.indexOf('\n'); at >= 0; at = m_json.indexOf('\n', at + 1))
            m_lineStarts.append(at + 1);
    }
    return std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin();
}

Reject JsonScan::rejectAt(const JsonScan *scan, const ParseOptions &options, qsizetype bom, const QString &field,
    const QString &reason, const QString &raw)
{
    return rejectAt(scan, options, bom, field, field, reason, raw);
}

Reject JsonScan::rejectAt(const JsonScan *scan, const ParseOptions &options, qsizetype bom, QStringView path,
    const QString &field, const QString &reason, const QString &raw)
{
    const qsizetype at = scan ? scan->offsetOf(path) : 0;
    const qint64 line = scan ? scan->lineOf(at) : 1;
    return Reject {options.source, options.firstLine - 1 + line, options.baseOffset + bom + at, field, reason, raw,
        options.receivedAt};
}

Reject JsonScan::rejectDuplicate(const JsonScan &scan, const ParseOptions &options, qsizetype bom,
    const Duplicate &duplicate, const QString &raw, QStringView prefix)
{
    QString field = duplicate.field();
    if (!prefix.isEmpty() && field.startsWith(prefix))
        field = field.sliced(prefix.size());
    return Reject {options.source, options.firstLine - 1 + scan.lineOf(duplicate.offset),
        options.baseOffset + bom + duplicate.offset, field, duplicateReason(duplicate), raw, options.receivedAt};
}

QString JsonScan::describeError(QByteArrayView json, const QJsonParseError &error, qsizetype bomBytes)
{
    const qsizetype at = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    return tr("invalid JSON at line %1, byte %2: %3")
        .arg(json.first(at).count('\n') + 1)
        .arg(at + bomBytes)
        .arg(error.errorString());
}

QString JsonScan::duplicateReason(const Duplicate &duplicate)
{
    return tr("key %1 is given twice; a field may be given once (readers differ on which value counts)")
        .arg(RecordFields::quoted(duplicate.key));
}
