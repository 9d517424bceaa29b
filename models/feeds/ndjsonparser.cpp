// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/ndjsonparser.h"

#include "feeds/fastsampleparser.h"
#include "feeds/jsonscan.h"

#include "domain/incidentwords.h"
#include "domain/recordfields.h"
#include "domain/scenario.h"
#include "domain/timestamps.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kProgressStep = 64 * 1024;
constexpr QByteArrayView kBom("\xEF\xBB\xBF");

using Fields = RecordFields;

// A milestone's source: an absolute http(s) address with a host, nothing a reader would
// have to guess the scheme of.
bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

// Turns one JSON object into one record, or into one reject naming the first bad field.
class RecordParser {
public:
    RecordParser(const ParseOptions &options, FeedBatch &into)
        : m_options(options)
        , m_into(into)
    {
    }

    void parseLine(QByteArrayView line, qint64 lineNumber, qint64 offset)
    {
        m_raw = line;
        m_lineNumber = lineNumber;
        m_offset = offset;

        QJsonParseError error;
        // fromRawData: the parser reads the caller's bytes in place, no copy per line.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &error);
        if (error.error != QJsonParseError::NoError) {
            reject(u"json"_s,
                u"invalid JSON: "_s + error.errorString() + u" at column "_s + QString::number(error.offset + 1));
            return;
        }
        if (!doc.isObject()) {
            reject(u"json"_s, u"expected a JSON object, got "_s + (doc.isArray() ? u"an array"_s : u"a bare value"_s));
            return;
        }
        // QJsonDocument keeps one of two values of a key without a word; the line says two
        // things, so it is refused rather than read one way here and another way elsewhere.
        if (const JsonScan scan(line); !scan.duplicates().isEmpty()) {
            const JsonScan::Duplicate &d = scan.duplicates().constFirst();
            reject(d.field(), JsonScan::duplicateReason(d));
            return;
        }
        record(doc.object());
    }

    void parseObject(const QJsonObject &object, QByteArrayView raw, qint64 lineNumber, qint64 offset)
    {
        m_raw = raw;
        m_lineNumber = lineNumber;
        m_offset = offset;
        record(object);
    }

private:
    void record(const QJsonObject &object)
    {
        Fields f(object);
        m_object = &object;
        const QString type = f.string(u"type", true);
        const QString source = f.string(u"source", false, m_options.source);
        using Reader = void (RecordParser::*)(Fields &, const QString &);
        static constexpr std::pair<std::u16string_view, Reader> readers[]
            = {{u"sample", &RecordParser::sample}, {u"state", &RecordParser::state},
                {u"service", &RecordParser::service}, {u"dependency", &RecordParser::dependency},
                {u"incident", &RecordParser::incident}, {u"update", &RecordParser::update},
                {u"annotation", &RecordParser::annotation}, {u"scenario", &RecordParser::scenario}};
        const auto reader = std::find_if(
            std::begin(readers), std::end(readers), [&](const auto &r) { return QStringView(r.first) == type; });
        if (reader != std::end(readers)) {
            const QList<TextTranslation> texts = translations(f, type);
            (this->*reader->second)(f, source);
            if (!f.failed())
                m_into.translations += texts;
        } else
            f.fail(u"type",
                u"unknown record type "_s + Fields::quoted(type)
                    + u"; expected one of service, dependency, sample, state, incident, "
                      u"update, annotation, scenario"_s);
        if (f.failed())
            reject(f.field(), f.reason());
    }

    template <typename Record> static void keep(const Fields &f, QList<Record> &list, Record &&record)
    {
        if (!f.failed())
            list.append(std::move(record));
    }

    void reject(const QString &field, const QString &reason)
    {
        m_into.rejects.append(Reject {
            m_options.source, m_lineNumber, m_offset, field, reason, Fields::rawText(m_raw), m_options.receivedAt});
    }

    void service(Fields &f, const QString &)
    {
        Service s;
        s.key = f.key(u"key", true);
        s.name = f.string(u"name", false, s.key);
        s.users = f.optionalCount(u"users"); // absent: nobody said how many rely on it
        s.colour = f.string(u"colour", false);
        if (!f.failed() && !s.colour.isEmpty() && !Fields::isHexColour(s.colour))
            f.fail(u"colour", u"\"colour\" must be \"#rrggbb\", got "_s + Fields::quoted(s.colour));
        s.note = f.string(u"note", false);
        // The audience it draws on (docs/feed-format.md, "Audiences"); its size may come on any member.
        s.audience = f.key(u"audience", false);
        s.audienceName = f.string(u"audience_name", false);
        const std::optional<double> size = f.number(u"audience_size", false, 0.0, 9007199254740992.0);
        s.audienceNote = f.string(u"audience_note", false);
        if (!f.failed() && size && *size != double(qint64(*size)))
            f.fail(u"audience_size", u"\"audience_size\" must be a whole number >= 0, got "_s + QString::number(*size));
        s.audienceSize = size ? qint64(*size) : 0;
        if (!f.failed() && s.audience.isEmpty() && (size || !s.audienceName.isEmpty() || !s.audienceNote.isEmpty()))
            f.fail(size                         ? u"audience_size"
                    : !s.audienceName.isEmpty() ? u"audience_name"
                                                : u"audience_note",
                u"the audience's name, size and note need \"audience\", the audience's key"_s);
        keep(f, m_into.services, std::move(s));
    }

    // A derived record's time window (docs/feed-format.md, "Ranges"): measured records are exact.
    void window(Fields &f, bool derived, TimeMs time, std::optional<TimeMs> &earliest, std::optional<TimeMs> &latest,
        QString &note)
    {
        earliest = f.time(u"earliest", false);
        latest = f.time(u"latest", false);
        note = f.string(u"range_note", false);
        if (f.failed() || (!earliest && !latest))
            return;
        if (!derived)
            f.fail(earliest ? u"earliest" : u"latest",
                u"a time window is only for derived records (\"derived\": true); measured ones are exact"_s);
        else if (earliest && *earliest > time)
            f.fail(u"earliest", u"\"earliest\" must not come after \"time\""_s);
        else if (latest && *latest < time)
            f.fail(u"latest", u"\"latest\" must not come before \"time\""_s);
    }

    void dependency(Fields &f, const QString &)
    {
        Dependency d;
        d.service = f.key(u"service", true);
        d.dependsOn = f.key(u"depends_on", true);
        d.share = f.number(u"share", false, 0.0, 1.0).value_or(1.0);
        d.note = f.string(u"note", false);
        if (!f.failed() && d.service == d.dependsOn)
            f.fail(u"depends_on",
                u"\"depends_on\" must differ from \"service\": "_s + Fields::quoted(d.service)
                    + u" cannot depend on itself"_s);
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
        window(f, s.derived, s.time, s.earliest, s.latest, s.rangeNote);
        s.availabilityLow = f.number(u"availability_low", false, 0.0, 1.0);
        s.availabilityHigh = f.number(u"availability_high", false, 0.0, 1.0);
        if (!f.failed() && (s.availabilityLow || s.availabilityHigh)) {
            const QString name = s.availabilityLow ? u"availability_low"_s : u"availability_high"_s;
            if (!s.derived)
                f.fail(
                    name, u"a value range is only for derived samples (\"derived\": true); measured ones are exact"_s);
            else if (s.availabilityLow.value_or(0.0) > s.availability)
                f.fail(u"availability_low", u"\"availability_low\" must not be above \"availability\""_s);
            else if (s.availabilityHigh.value_or(1.0) < s.availability)
                f.fail(u"availability_high", u"\"availability_high\" must not be below \"availability\""_s);
        }
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
                f.fail(u"state",
                    u"unknown state "_s + Fields::quoted(s.rawState)
                        + u"; expected one of "
                          u"operational, degraded, partial_outage, major_outage, maintenance, "
                          u"unknown"_s);
        }
        s.source = source;
        s.message = f.string(u"message", false);
        s.derived = f.boolean(u"derived");
        window(f, s.derived, s.time, s.earliest, s.latest, s.rangeNote);
        keep(f, m_into.states, std::move(s));
    }

    void incident(Fields &f, const QString &source)
    {
        static const QStringList severities = IncidentWords::severities();
        Incident i;
        i.id = f.string(u"id", true);
        i.title = f.string(u"title", true);
        i.severity = f.string(u"severity", false).toLower();
        if (!f.failed() && !i.severity.isEmpty() && !severities.contains(i.severity))
            f.fail(u"severity",
                u"unknown severity "_s + Fields::quoted(i.severity)
                    + u"; expected one of none, minor, major, critical"_s);
        i.began = f.time(u"began", false);
        i.detected = f.time(u"detected", false);
        i.mitigated = f.time(u"mitigated", false);
        i.resolved = f.time(u"resolved", false);
        i.timeZone = f.string(u"time_zone", false);
        if (!f.failed() && !i.timeZone.isEmpty() && !Timestamps::isValidTimeZoneId(i.timeZone))
            f.fail(u"time_zone",
                u"unknown time zone "_s + Fields::quoted(i.timeZone)
                    + u"; expected an IANA id such as \"Asia/Seoul\""_s);
        i.services = f.keyList(u"services");
        i.source = source;
        i.summary = f.string(u"summary", false);
        // A milestone the sources disagree on: began_earliest, began_latest, began_note, ...
        const std::pair<const char16_t *, std::pair<std::optional<TimeMs> *, MilestoneWindow *>> milestones[]
            = {{u"began", {&i.began, &i.beganWindow}}, {u"detected", {&i.detected, &i.detectedWindow}},
                {u"mitigated", {&i.mitigated, &i.mitigatedWindow}}, {u"resolved", {&i.resolved, &i.resolvedWindow}}};
        for (const auto &[name, target] : milestones) {
            const QString m = QString::fromUtf16(name);
            MilestoneWindow &w = *target.second;
            w.earliest = f.time(QString(m + u"_earliest"_s), false);
            w.latest = f.time(QString(m + u"_latest"_s), false);
            w.note = f.string(QString(m + u"_note"_s), false);
            const std::optional<TimeMs> &at = *target.first;
            if (f.failed() || w.isEmpty())
                continue;
            if (!at)
                f.fail(QString(m + (w.earliest ? u"_earliest"_s : u"_latest"_s)),
                    u"a window needs its milestone: "_s + Fields::quoted(m) + u" is missing"_s);
            else if (w.earliest && *w.earliest > *at)
                f.fail(QString(m + u"_earliest"_s),
                    Fields::quoted(QString(m + u"_earliest"_s)) + u" must not come after "_s + Fields::quoted(m));
            else if (w.latest && *w.latest < *at)
                f.fail(QString(m + u"_latest"_s),
                    Fields::quoted(QString(m + u"_latest"_s)) + u" must not come before "_s + Fields::quoted(m));
        }
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
        u.sourceUrl = f.string(u"source_url", false).trimmed();
        if (!f.failed() && !u.sourceUrl.isEmpty() && !isWebAddress(u.sourceUrl))
            f.fail(u"source_url",
                u"\"source_url\" must be an http or https address, got "_s + Fields::quoted(u.sourceUrl));
        u.confidence = f.string(u"confidence", false).trimmed().toLower();
        if (!f.failed() && !u.confidence.isEmpty() && !IncidentWords::confidences().contains(u.confidence))
            f.fail(u"confidence",
                u"unknown confidence "_s + Fields::quoted(u.confidence) + u"; expected one of high, medium, low"_s);
        // Absent or null: the feed does not say whether it was published (docs/feed-format.md).
        if (const QJsonValue p = m_object->value(u"public"); !p.isUndefined() && !p.isNull())
            u.isPublic = f.boolean(u"public");
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
        // "note" (or absent) for a note; "regulator-notified" for the time the regulator was told.
        a.kind = f.string(u"kind", false).trimmed().toLower();
        if (a.kind == u"note")
            a.kind.clear();
        if (!f.failed() && !a.kind.isEmpty() && a.kind != u"regulator-notified")
            f.fail(u"kind",
                u"unknown annotation kind "_s + Fields::quoted(a.kind)
                    + u"; expected \"note\" or \"regulator-notified\""_s);
        keep(f, m_into.annotations, std::move(a));
    }

    // "translations": {"ko": {"title": "..."}}: the record's texts in other languages
    // (docs/feed-format.md, "Translations"). Read before the record, so a bad one rejects the
    // record rather than leaving half of it translated.
    QList<TextTranslation> translations(Fields &f, const QString &type)
    {
        const QJsonValue value = m_object->value(u"translations");
        if (value.isUndefined())
            return {};
        static const QHash<QString, QStringList> translatable {{u"service"_s, {u"name"_s, u"audience_name"_s}},
            {u"incident"_s, {u"title"_s, u"summary"_s}}, {u"update"_s, {u"message"_s}}, {u"state"_s, {u"message"_s}},
            {u"annotation"_s, {u"text"_s}}};
        const QStringList fields = translatable.value(type);
        if (fields.isEmpty()) {
            f.fail(u"translations", u"a "_s + type + u" record has no text to translate"_s);
            return {};
        }
        if (!value.isObject()) {
            f.fail(
                u"translations", u"\"translations\" must be an object of languages, got "_s + Fields::describe(value));
            return {};
        }
        QList<TextTranslation> found;
        const QJsonObject languages = value.toObject();
        for (auto lang = languages.begin(); lang != languages.end(); ++lang) {
            const QString where = u"translations."_s + lang.key();
            if (!isLanguageCode(lang.key())) {
                f.fail(where,
                    u"unknown language "_s + Fields::quoted(lang.key())
                        + u"; expected an ISO 639 code in lower case such as \"ko\""_s);
                return {};
            }
            if (!lang.value().isObject()) {
                f.fail(where,
                    Fields::quoted(where) + u" must be an object of fields, got "_s + Fields::describe(lang.value()));
                return {};
            }
            const QJsonObject texts = lang.value().toObject();
            for (auto text = texts.begin(); text != texts.end(); ++text) {
                const QString field = where + u'.' + text.key();
                const QString source = m_object->value(text.key()).toString();
                QString problem;
                if (!fields.contains(text.key()))
                    problem = Fields::quoted(text.key()) + u" is not a text of a "_s + type
                        + u" record; expected one of "_s + fields.join(u", "_s);
                else if (source.isEmpty())
                    problem = u"the record has no "_s + Fields::quoted(text.key()) + u" to translate"_s;
                else if (source.toUtf8().size() > kTranslatableBytes)
                    problem = Fields::quoted(text.key())
                        + u" is too long to translate (over %1 bytes)"_s.arg(kTranslatableBytes);
                else if (!text.value().isString() || text.value().toString().isEmpty())
                    problem = Fields::quoted(field) + u" must be a non-empty string, got "_s
                        + Fields::describe(text.value());
                if (!problem.isEmpty()) {
                    f.fail(field, problem);
                    return {};
                }
                found.append({lang.key(), source, text.value().toString()});
            }
        }
        return found;
    }
    // The store keys a translation by the text it translates; PostgreSQL's index holds ~2.7 kB.
    static constexpr qsizetype kTranslatableBytes = 2000;

    static bool isLanguageCode(const QString &code)
    {
        return (code.size() == 2 || code.size() == 3)
            && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    }

    // A what-if scenario for an incident: its changes are nested objects, read by Scenario itself.
    void scenario(Fields &f, const QString &)
    {
        QString field, reason;
        if (auto s = Scenario::fromJson(*m_object, &field, &reason))
            m_into.scenarios.append(*s);
        else
            f.fail(field, reason);
    }

    const ParseOptions &m_options;
    FeedBatch &m_into;
    const QJsonObject *m_object = nullptr;
    QByteArrayView m_raw;
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
    RecordParser parser(options, result.batch);
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
        if (trimLine(line, offset)) {
            HealthSample sample;
            if (FastSampleParser::tryParse(line, options.source, sample))
                result.batch.samples.append(std::move(sample));
            else
                parser.parseLine(line, lineNumber, offset);
        }
        pos = end + 1;
        ++lineNumber;
    }
    // The final report lets a progress bar reach 100 %; there is nothing left to cancel.
    if (options.progress)
        options.progress(total, total);
    return result;
}

void NdjsonParser::parseLine(
    QByteArrayView line, qint64 lineNumber, qint64 offset, const ParseOptions &options, FeedBatch &into)
{
    if (trimLine(line, offset))
        RecordParser(options, into).parseLine(line, lineNumber, offset);
}

void NdjsonParser::parseObject(const QJsonObject &object, QByteArrayView raw, qint64 lineNumber, qint64 offset,
    const ParseOptions &options, FeedBatch &into)
{
    RecordParser(options, into).parseObject(object, raw, lineNumber, offset);
}
