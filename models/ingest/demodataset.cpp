// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/demodataset.h"

#include "ingest/feedimporter.h"
#include "store/timelinestore.h"

#include <QFile>

QString DemoDataset::resourcePath()
{
    return QStringLiteral(":/demo/kakao-2022.ndjson");
}

QString DemoDataset::defaultIncident()
{
    return QStringLiteral("kakao-2022-10-15");
}

bool DemoDataset::load(TimelineStore &store, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the demo dataset %1 is missing from this build").arg(resourcePath());
        return false;
    }
    const QByteArray data = file.readAll();
    const ImportResult r = FeedImporter::importData(store, data, QStringLiteral("demo:kakao-2022"), FeedFormat::Ndjson);
    if (!r.ok() || r.rejected > 0) {
        if (error)
            *error = r.error.isEmpty() ? QStringLiteral("the demo dataset has %1 bad records, first: line %2: %3")
                                             .arg(r.rejected)
                                             .arg(r.firstRejects.value(0).line)
                                             .arg(r.firstRejects.value(0).reason)
                                       : r.error;
        return false;
    }
    if (!store.setMeta(QStringLiteral("demo"), QStringLiteral("1"))
        || !store.setMeta(QStringLiteral("default_incident"), defaultIncident())) {
        if (error)
            *error = store.lastError();
        return false;
    }
    return true;
}
