// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/livesamplebuffer.h"
#include "series/m4decimator.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

// M4 decimation draws the same pixels as drawing every point (1 px aliased lines).
class TstDecimation : public QObject {
    Q_OBJECT

    static QImage draw(const QList<QPointF> &points, double x0, double x1, double y0, double y1, int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(Qt::black, 0));
        // Map to the centre of each pixel column, as the decimator's columns are laid out.
        QPolygonF mapped;
        mapped.reserve(points.size());
        for (const QPointF &p : points)
            mapped.append(QPointF(std::floor((p.x() - x0) / (x1 - x0) * w) + 0.5, (y1 - p.y()) / (y1 - y0) * (h - 1)));
        painter.drawPolyline(mapped);
        return image;
    }
    static QList<QPointF> randomWalk(int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QList<QPointF> points;
        points.reserve(n);
        double y = 0.5;
        for (int i = 0; i < n; ++i) {
            y = qBound(0.0, y + (rng.generateDouble() - 0.5) * 0.02, 1.0);
            const double v = rng.bounded(20000) == 0 ? rng.generateDouble() : y; // rare spikes
            points.append(QPointF(i * 1000.0, v));
        }
        return points;
    }

private slots:
    void pixelIdenticalToTheFullSeries_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("zoom");
        QTest::newRow("1 M points at 1920 px") << 1000000 << 1920 << 1.0;
        QTest::newRow("200 k points at 800 px") << 200000 << 800 << 1.0;
        QTest::newRow("zoomed to a tenth") << 200000 << 1920 << 0.1;
        QTest::newRow("fewer points than pixels") << 500 << 1920 << 1.0;
    }
    void pixelIdenticalToTheFullSeries()
    {
        QFETCH(int, points);
        QFETCH(int, width);
        QFETCH(double, zoom);
        const QList<QPointF> all = randomWalk(points, 7);
        const double x0 = all.first().x() + (all.last().x() - all.first().x()) * (0.5 - zoom / 2);
        const double x1 = x0 + (all.last().x() - all.first().x()) * zoom;
        const QList<QPointF> kept = M4Decimator::decimate(all, x0, x1, width);
        QVERIFY(kept.size() <= 4 * width + 2);
        if (points > 4 * width)
            QVERIFY(kept.size() < all.size() / 10);
        // Only the points in view (plus the neighbours that draw lines into it) for the full draw.
        QList<QPointF> visible;
        for (qsizetype i = 0; i < all.size(); ++i)
            if ((all[i].x() >= x0 && all[i].x() < x1) || (i + 1 < all.size() && all[i + 1].x() >= x0 && all[i].x() < x0)
                || (i > 0 && all[i - 1].x() < x1 && all[i].x() >= x1))
                visible.append(all[i]);
        const QImage full = draw(visible, x0, x1, 0, 1, width, 400);
        const QImage decimated = draw(kept, x0, x1, 0, 1, width, 400);
        // The bar: identical, or within one pixel per column. Qt's aliased polyline
        // may end a joint one pixel differently; nothing moves or vanishes.
        qint64 differing = 0, inked = 0;
        int worstColumn = 0;
        for (int x = 0; x < width; ++x) {
            int column = 0;
            for (int y = 0; y < 400; ++y) {
                column += full.pixel(x, y) != decimated.pixel(x, y);
                inked += full.pixel(x, y) != qRgb(255, 255, 255);
            }
            differing += column;
            worstColumn = qMax(worstColumn, column);
        }
        qInfo("%lld of %lld inked pixels differ; at most %d in one column", differing, inked, worstColumn);
        QVERIFY2(worstColumn <= 1, qPrintable(QString::number(worstColumn)));
    }

    // Step lines (what the recovery chart draws) through decimateSteps: points moved to column
    // centres, neighbouring columns joined at shared values. Same bar as M4: identical, or at
    // most one pixel per column from the full line.
    void stepLinesMatchTheFullSeries_data()
    {
        QTest::addColumn<int>("changes");
        QTest::addColumn<int>("spacing"); // x distance between changes
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("zoom");
        QTest::newRow("500 k changes at 1846 px") << 500000 << 1 << 1846 << 1.0;
        QTest::newRow("one change per column or so") << 2400 << 1 << 1846 << 1.0;
        QTest::newRow("sparse changes, gaps between columns") << 300 << 17 << 1846 << 1.0;
        QTest::newRow("zoomed to a tenth") << 200000 << 1 << 1920 << 0.1;
    }
    void stepLinesMatchTheFullSeries()
    {
        QFETCH(int, changes);
        QFETCH(int, spacing);
        QFETCH(int, width);
        QFETCH(double, zoom);
        const QList<QPointF> walk = randomWalk(changes, 11);
        QList<QPointF> steps;
        for (const QPointF &p : walk) {
            const double x = p.x() * spacing;
            if (!steps.isEmpty())
                steps.append(QPointF(x, steps.constLast().y()));
            steps.append(QPointF(x, p.y()));
        }
        const double span = steps.constLast().x() - steps.constFirst().x();
        const double x0 = steps.constFirst().x() + span * (0.5 - zoom / 2);
        const double x1 = x0 + span * zoom;
        const QList<QPointF> kept = M4Decimator::decimateSteps(steps, x0, x1, width);
        const QList<QPointF> m4 = M4Decimator::decimate(steps, x0, x1, width);
        QVERIFY(kept.size() <= m4.size());
        QList<QPointF> visible;
        for (qsizetype i = 0; i < steps.size(); ++i)
            if ((steps[i].x() >= x0 && steps[i].x() < x1)
                || (i + 1 < steps.size() && steps[i + 1].x() >= x0 && steps[i].x() < x0)
                || (i > 0 && steps[i - 1].x() < x1 && steps[i].x() >= x1))
                visible.append(steps[i]);
        const QImage full = draw(visible, x0, x1, 0, 1, width, 400);
        const QImage decimated = draw(kept, x0, x1, 0, 1, width, 400);
        // A step line inks one unbroken run per column. The run is the same, except that Qt's
        // aliased polyline may end it one row sooner or later at either end (points joined in
        // another order): within one pixel, never a pixel away from where the full line is.
        const auto run = [](const QImage &image, int x) {
            int top = -1, bottom = -1, inked = 0;
            for (int y = 0; y < image.height(); ++y) {
                if (image.pixel(x, y) == qRgb(255, 255, 255))
                    continue;
                top = top < 0 ? y : top;
                bottom = y;
                ++inked;
            }
            return std::tuple(top, bottom, inked);
        };
        qint64 differing = 0;
        int worstEnd = 0;
        for (int x = 0; x < width; ++x) {
            const auto [fullTop, fullBottom, fullInked] = run(full, x);
            const auto [top, bottom, inked] = run(decimated, x);
            QCOMPARE(fullTop < 0, top < 0);
            if (top < 0)
                continue;
            QCOMPARE(inked, bottom - top + 1); // unbroken
            worstEnd = qMax(worstEnd, qMax(qAbs(top - fullTop), qAbs(bottom - fullBottom)));
            for (int y = 0; y < 400; ++y)
                differing += full.pixel(x, y) != decimated.pixel(x, y);
        }
        qInfo("%lld points where M4 keeps %lld; %lld pixels differ; run ends at most %d px apart", qint64(kept.size()),
            qint64(m4.size()), differing, worstEnd);
        QVERIFY2(worstEnd <= 1, qPrintable(QString::number(worstEnd)));
    }

    void keepsEverySpike()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points.append(QPointF(i, i == 54321 ? 1.0 : 0.0));
        const QList<QPointF> kept = M4Decimator::decimate(points, 0, 100000, 100);
        QVERIFY(
            std::any_of(kept.cbegin(), kept.cend(), [](const QPointF &p) { return p.y() == 1.0 && p.x() == 54321; }));
    }

    void liveBufferCostsPixelsNotSamples()
    {
        LiveSampleBuffer live(100);
        live.setView(0, 100);
        for (int i = 0; i < 100000; ++i)
            live.append(i / 1000.0, (i % 10) / 10.0);
        QVERIFY(live.points().size() <= 400);
        // A sample past the right edge slides the view, keeping the newest at the edge.
        live.append(150.5, 0.5);
        QCOMPARE(live.viewTo(), 151.0);
        QVERIFY(live.points().constLast() == QPointF(150.5, 0.5));
        // Decimated live columns equal M4 of the same samples over the same view.
        LiveSampleBuffer fresh(50);
        fresh.setView(0, 50);
        QList<QPointF> raw;
        for (int i = 0; i < 5000; ++i) {
            const QPointF p(i / 100.0, std::sin(i / 37.0));
            raw.append(p);
            fresh.append(p.x(), p.y());
        }
        QCOMPARE(fresh.points(), M4Decimator::decimate(raw, 0, 50, 50));
    }
};

QTEST_GUILESS_MAIN(TstDecimation)
#include "tst_decimation.moc"
