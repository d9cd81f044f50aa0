#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace docket::bench {

// One benchmark case runs in its own process so its peak memory is its own.
struct Case {
    QString name;
    QString description;
    // Returns at least median_ms; may add rates. A case that measures several things returns
    // "rows" instead: objects with name, median_ms, peak_rss_kib and note, one table row each.
    std::function<QJsonObject()> run;
    bool needsWidgets = false; // runs under a QApplication (offscreen when there is no display)
};

QList<Case> allCases();

} // namespace docket::bench
