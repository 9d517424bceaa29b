#include "ndjsonparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kRawLimit = 512;
constexpr qint64 kProgressStep = 64 * 1024;
constexpr QByteArrayView kBom("\xEF\xBB\xBF");

QString quoted(QStringView text)
{
    return u'"' + text + u'"';
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Whole numbers as integers: epoch values must not turn into "1.6658e+12".
        const double d = v.toDouble();
        if (std::abs(d) < 9007199254740992.0 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: return u"string "_s + quoted(v.toString());
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

bool isKey(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
    });
}

bool isHexColour(const QString &s)
{
    static const QRegularExpression re(u"^#[0-9a-fA-F]{6}$"_s);
    return re.match(s).hasMatch();
}

// Reads the fields of one line. The first problem wins: every later read is a no-op,
// so a record parser can read all its fields straight through and check failed() once.
class Fields
{
public:
    explicit Fields(const QJsonObject &object) : m_object(object) {}

    bool failed() const { return !m_reason.isEmpty(); }
    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }

    void fail(QStringView name, const QString &reason)
    {
        if (!failed()) {
            m_field = name.toString();
            m_reason = reason;
        }
    }

    QString string(QStringView name, bool required, const QString &fallback = {})
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            fail(name, quoted(name) + u" must be a string, got "_s + describe(v));
            return {};
        }
        QString s = v.toString();
        if (required && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); }))
            fail(name, quoted(name) + u" must not be empty"_s);
        return s;
    }

    QString key(QStringView name, bool required)
    {
        QString s = string(name, required);
        if (!failed() && !s.isEmpty() && !isKey(s))
            fail(name, quoted(name) + u" must be a service key of lowercase letters, digits, "
                                      u"'_', '.' or '-', got "_s + quoted(s));
        return s;
    }

    std::optional<double> number(QStringView name, bool required, double min, double max)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || d < min || d > max) {
            const QString range = max == std::numeric_limits<double>::max()
                ? QString(u"a number >= "_s + QString::number(min))
                : QString(u"a number between "_s + QString::number(min) + u" and "_s
                          + QString::number(max));
            fail(name, quoted(name) + u" must be "_s + range + u", got "_s + describe(v));
        }
        return d;
    }

    qint64 count(QStringView name)
    {
        const QJsonValue v = value(name, true);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        // 2^53: beyond it a JSON number is no longer an exact integer.
        if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || d != double(qint64(d))) {
            fail(name, quoted(name) + u" must be a whole number >= 0, got "_s + describe(v));
            return 0;
        }
        return qint64(d);
    }

    bool boolean(QStringView name)
    {
        const QJsonValue v = value(name, false);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(name, quoted(name) + u" must be true or false, got "_s + describe(v));
        return v.toBool();
    }

    std::optional<TimeMs> time(QStringView name, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return std::nullopt;
        if (auto t = Timestamps::parseTimeValue(v))
            return t;
        QString reason = quoted(name)
            + u" is not RFC 3339 with an offset nor integer epoch milliseconds, got "_s + describe(v);
        // The most common mistake gets a precise hint: a local time without its offset.
        if (v.isString() && Timestamps::parseRfc3339(QString(v.toString() + u'Z')))
            reason += u" (no offset: add Z or +hh:mm; the zone is never guessed)"_s;
        fail(name, reason);
        return std::nullopt;
    }

    QStringList keyList(QStringView name)
    {
        const QJsonValue v = value(name, false);
        const auto mustBe = [&](const QJsonValue &got, QStringView where) {
            fail(name, quoted(name) + u" must be an array of service keys, got "_s + describe(got) + where);
        };
        if (!v.isUndefined() && !v.isArray())
            mustBe(v, {});
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            list.append(item.toString());
            if (!item.isString() || !isKey(list.last())) {
                mustBe(item, u" in it");
                return {};
            }
        }
        return list;
    }

private:
    // Absent and null are the same: both mean "not given". Undefined is returned for both.
    QJsonValue value(QStringView name, bool required)
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        QJsonValue v = m_object.value(name);
        if (v.isNull())
            v = QJsonValue(QJsonValue::Undefined);
        if (v.isUndefined() && required)
            fail(name, u"missing required field "_s + quoted(name));
        return v;
    }

    const QJsonObject &m_object;
    QString m_field;
    QString m_reason;
};

QString rawText(QByteArrayView line)
{
    if (line.size() > kRawLimit) {
        qsizetype cut = kRawLimit;
        // Never split a UTF-8 sequence: back off over continuation bytes (10xxxxxx).
        while (cut > 0 && (quint8(line[cut]) & 0xC0) == 0x80)
            --cut;
        line = line.first(cut);
    }
    return QString::fromUtf8(line);
}

class LineParser
{
public:
    LineParser(const ParseOptions &options, FeedBatch &into) : m_options(options), m_into(into) {}

    void parse(QByteArrayView line, qint64 lineNumber, qint64 offset)
    {
        m_line = line;
        m_lineNumber = lineNumber;
        m_offset = offset;

        QJsonParseError error;
        // fromRawData: the parser reads the caller's bytes in place, no copy per line.
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(line.data(), line.size()), &error);
        if (error.error != QJsonParseError::NoError) {
            reject(u"json"_s, u"invalid JSON: "_s + error.errorString() + u" at column "_s
                       + QString::number(error.offset + 1));
            return;
        }
        if (!doc.isObject()) {
            reject(u"json"_s, u"expected a JSON object, got "_s
                       + (doc.isArray() ? u"an array"_s : u"a bare value"_s));
            return;
        }
        const QJsonObject object = doc.object();
        Fields f(object);
        const QString type = f.string(u"type", true);
        const QString source = f.string(u"source", false, m_options.source);
        using Reader = void (LineParser::*)(Fields &, const QString &);
        static constexpr std::pair<std::u16string_view, Reader> readers[] = {
            {u"sample", &LineParser::sample}, {u"state", &LineParser::state},
            {u"service", &LineParser::service}, {u"dependency", &LineParser::dependency},
            {u"incident", &LineParser::incident}, {u"update", &LineParser::update},
            {u"annotation", &LineParser::annotation}};
        const auto reader = std::find_if(std::begin(readers), std::end(readers),
                                         [&](const auto &r) { return QStringView(r.first) == type; });
        if (reader != std::end(readers))
            (this->*reader->second)(f, source);
        else
            f.fail(u"type", u"unknown record type "_s + quoted(type) + u"; expected one of service, "
                            u"dependency, sample, state, incident, update, annotation"_s);
        if (f.failed())
            reject(f.field(), f.reason());
    }

private:
    template<typename Record>
    static void keep(const Fields &f, QList<Record> &list, Record &&record)
    {
        if (!f.failed())
            list.append(std::move(record));
    }

    void reject(const QString &field, const QString &reason)
    {
        m_into.rejects.append(Reject{m_options.source, m_lineNumber, m_offset, field, reason,
                                     rawText(m_line), m_options.receivedAt});
    }

    void service(Fields &f, const QString &)
    {
        Service s;
        s.key = f.key(u"key", true);
        s.name = f.string(u"name", false, s.key);
        s.users = f.count(u"users");
        s.colour = f.string(u"colour", false);
        if (!f.failed() && !s.colour.isEmpty() && !isHexColour(s.colour))
            f.fail(u"colour", u"\"colour\" must be \"#rrggbb\", got "_s + quoted(s.colour));
        s.note = f.string(u"note", false);
        keep(f, m_into.services, std::move(s));
    }

    void dependency(Fields &f, const QString &)
    {
        Dependency d;
        d.service = f.key(u"service", true);
        d.dependsOn = f.key(u"depends_on", true);
        d.share = f.number(u"share", false, 0.0, 1.0).value_or(1.0);
        d.note = f.string(u"note", false);
        if (!f.failed() && d.service == d.dependsOn)
            f.fail(u"depends_on", u"\"depends_on\" must differ from \"service\": "_s
                       + quoted(d.service) + u" cannot depend on itself"_s);
        keep(f, m_into.dependencies, std::move(d));
    }

    void sample(Fields &f, const QString &source)
    {
        HealthSample s;
        s.time = f.time(u"time", true).value_or(0);
        s.service = f.key(u"service", true);
        s.source = source;
        s.availability = f.number(u"availability", true, 0.0, 1.0).value_or(1.0);
        s.latencyMs = f.number(u"latency_ms", false, 0.0, std::numeric_limits<double>::max());
        s.errorRate = f.number(u"error_rate", false, 0.0, 1.0);
        s.derived = f.boolean(u"derived");
        keep(f, m_into.samples, std::move(s));
    }

    void state(Fields &f, const QString &source)
    {
        StateChange s;
        s.time = f.time(u"time", true).value_or(0);
        s.service = f.key(u"service", true);
        s.rawState = f.string(u"state", true);
        if (!f.failed()) {
            if (const auto state = ServiceStates::fromKey(s.rawState))
                s.state = *state;
            else
                f.fail(u"state", u"unknown state "_s + quoted(s.rawState) + u"; expected one of "
                                 u"operational, degraded, partial_outage, major_outage, maintenance, "
                                 u"unknown"_s);
        }
        s.source = source;
        s.message = f.string(u"message", false);
        s.derived = f.boolean(u"derived");
        keep(f, m_into.states, std::move(s));
    }

    void incident(Fields &f, const QString &source)
    {
        static const QStringList severities{u"none"_s, u"minor"_s, u"major"_s, u"critical"_s};
        Incident i;
        i.id = f.string(u"id", true);
        i.title = f.string(u"title", true);
        i.severity = f.string(u"severity", false).toLower();
        if (!f.failed() && !i.severity.isEmpty() && !severities.contains(i.severity))
            f.fail(u"severity", u"unknown severity "_s + quoted(i.severity)
                                    + u"; expected one of none, minor, major, critical"_s);
        i.began = f.time(u"began", false);
        i.detected = f.time(u"detected", false);
        i.mitigated = f.time(u"mitigated", false);
        i.resolved = f.time(u"resolved", false);
        i.timeZone = f.string(u"time_zone", false);
        if (!f.failed() && !i.timeZone.isEmpty() && !QTimeZone(i.timeZone.toUtf8()).isValid())
            f.fail(u"time_zone", u"unknown time zone "_s + quoted(i.timeZone)
                                     + u"; expected an IANA id such as \"Asia/Seoul\""_s);
        i.services = f.keyList(u"services");
        i.source = source;
        i.summary = f.string(u"summary", false);
        keep(f, m_into.incidents, std::move(i));
    }

    void update(Fields &f, const QString &source)
    {
        IncidentUpdate u;
        u.incidentId = f.string(u"incident", true);
        u.time = f.time(u"time", true).value_or(0);
        u.status = f.string(u"status", true);
        u.message = f.string(u"message", false);
        u.services = f.keyList(u"services");
        u.source = source;
        u.derived = f.boolean(u"derived");
        keep(f, m_into.updates, std::move(u));
    }

    void annotation(Fields &f, const QString &)
    {
        Annotation a;
        a.time = f.time(u"time", true).value_or(0);
        a.text = f.string(u"text", true);
        a.service = f.key(u"service", false);
        a.incidentId = f.string(u"incident", false);
        a.author = f.string(u"author", false);
        keep(f, m_into.annotations, std::move(a));
    }

    const ParseOptions &m_options;
    FeedBatch &m_into;
    QByteArrayView m_line;
    qint64 m_lineNumber = 0;
    qint64 m_offset = 0;
};

// Strips what surrounds the JSON of one line; returns false for a blank line.
bool trimLine(QByteArrayView &line, qint64 &offset)
{
    // A BOM is legal only at the start of a file, but concatenated files carry one mid-stream.
    if (line.startsWith(kBom)) {
        line = line.sliced(kBom.size());
        offset += kBom.size();
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return std::any_of(line.begin(), line.end(), [](char c) { return c != ' ' && c != '\t' && c != '\r'; });
}

} // namespace

ParseResult NdjsonParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    LineParser parser(options, result.batch);
    const qsizetype total = data.size();
    qsizetype pos = 0;
    qsizetype lastReport = 0;
    qint64 lineNumber = options.firstLine;

    while (pos < total) {
        if (options.progress && pos - lastReport >= kProgressStep) {
            lastReport = pos;
            if (!options.progress(pos, total)) {
                // What was parsed so far is kept: the caller decides whether to store a part.
                result.cancelled = true;
                return result;
            }
        }
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = total; // last line without a newline
        QByteArrayView line = data.sliced(pos, end - pos);
        qint64 offset = options.baseOffset + pos;
        if (trimLine(line, offset))
            parser.parse(line, lineNumber, offset);
        pos = end + 1;
        ++lineNumber;
    }
    // The final report lets a progress bar reach 100 %; there is nothing left to cancel.
    if (options.progress)
        options.progress(total, total);
    return result;
}

void NdjsonParser::parseLine(QByteArrayView line, qint64 lineNumber, qint64 offset,
                             const ParseOptions &options, FeedBatch &into)
{
    if (trimLine(line, offset))
        LineParser(options, into).parse(line, lineNumber, offset);
}
