// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/corpusdataset.h"

#include "feeds/ndjsonparser.h"
#include "store/timelinestore.h"

#include <QFile>

QString CorpusDataset::resourcePath()
{
    return QStringLiteral(":/corpus/public-outages.ndjson");
}

QString CorpusDataset::feedName()
{
    return QStringLiteral("corpus:public-outages");
}

QByteArray CorpusDataset::data()
{
    QFile file(resourcePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList CorpusDataset::incidentIds()
{
    ParseOptions options;
    options.source = feedName();
    const ParseResult parsed = NdjsonParser::parse(data(), options);
    QStringList ids;
    for (const Incident &i : parsed.batch.incidents)
        ids.append(i.id);
    return ids;
}

ImportResult CorpusDataset::load(TimelineStore &store)
{
    const QByteArray bytes = data();
    if (bytes.isEmpty()) {
        ImportResult missing;
        missing.source = feedName();
        missing.error = QStringLiteral("the outage corpus %1 is missing from this build").arg(resourcePath());
        return missing;
    }
    return FeedImporter::importData(store, bytes, feedName(), FeedFormat::Ndjson);
}
