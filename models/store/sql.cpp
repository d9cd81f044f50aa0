#include "sql.h"

#include <QVariant>

namespace docket::store {

Status exec(QSqlDatabase &database, const QString &statement, const QString &where)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return Error{query.lastError().text(), where};
    return {};
}

Status exec(QSqlQuery &query, const QString &where)
{
    if (!query.exec())
        return Error{query.lastError().text(), where};
    return {};
}

Status prepare(QSqlQuery &query, const QString &statement, const QString &where)
{
    if (!query.prepare(statement))
        return Error{query.lastError().text(), where};
    return {};
}

Result<QVariant> scalar(QSqlDatabase &database, const QString &statement, const QString &where)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return Error{query.lastError().text(), where};
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Result<QSqlQuery> run(const QSqlDatabase &database, const QString &statement, const QVariantList &values,
                      const QString &where)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Error{query.lastError().text(), where};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text(), where};
    return query;
}

} // namespace docket::store
