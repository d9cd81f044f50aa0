#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace docket::store {

// Every statement's error is checked; these keep that short.
Status exec(QSqlDatabase &database, const QString &statement, const QString &where);
Status exec(QSqlQuery &query, const QString &where);
Status prepare(QSqlQuery &query, const QString &statement, const QString &where);
Result<QVariant> scalar(QSqlDatabase &database, const QString &statement, const QString &where);

// Prepares, binds the values in order and runs a statement; the query is ready for next().
Result<QSqlQuery> run(const QSqlDatabase &database, const QString &statement, const QVariantList &values,
                      const QString &where);

} // namespace docket::store
