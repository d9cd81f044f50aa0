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
    std::function<QJsonObject()> run; // returns at least median_ms; may add rates
};

QList<Case> allCases();

} // namespace docket::bench
