// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class JsonEnvelope;

// The series of one Prometheus query result, read in two steps. add() checks each series and
// point and keeps the points; finish() then reads their values on the declared scale
// (ServiceMapping::scale) and turns them into samples. Two steps, because whether the values
// can be an availability at all is a property of the whole response: a range none of whose
// values fits the scale (go_goroutines' 11 to 43 with no scale declared) is refused whole, with
// how to declare one, rather than stored or rejected point by point. A point outside the scale
// among others that fit is rejected alone, naming its series, time and value.
class PrometheusSeriesReader final {
    Q_DECLARE_TR_FUNCTIONS(PrometheusSeriesReader)

public:
    // Samples and rejects go to the document's batch.
    explicit PrometheusSeriesReader(JsonEnvelope &doc);

    // One element of data.result; 'index' is its position there.
    void add(const QJsonValue &entry, qsizetype index, bool matrix);
    // Samples from the points kept; on a response that cannot be an availability, the reason.
    QString finish();

    // up{instance="localhost:9090",job="prometheus"}: a series as Prometheus writes it.
    static QString seriesText(const QJsonObject &metric);

private:
    struct Merge {
        qsizetype index = 0;
        double sum = 0;
        int count = 0;
    };

    void point(const QJsonValue &pair, const QString &field, const QString &service, const QString &series);
    void reject(const QString &field, const QString &reason, const QJsonValue &raw);
    QString serviceOf(const QJsonObject &metric) const;
    QStringList candidateNames() const;
    // The availability a value stands for on the scale, or nothing when it stands for none.
    std::optional<double> scaled(double value) const;
    QString scaleText() const; // "ratio (0..1)"

    JsonEnvelope &m_doc;
    const ParseOptions &m_options;
    FeedBatch &m_into;
    QHash<std::pair<QString, TimeMs>, Merge> m_merged;
    qsizetype m_fits = 0; // values on the scale
    qsizetype m_misfits = 0; // values off it
    double m_low = 0, m_high = 0; // the range of all values read
};
