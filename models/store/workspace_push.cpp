// Workspace: the push outbox (schema 6).
#include "domain/json.h"
#include "sql.h"
#include "workspace.h"

#include <QCoreApplication>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Workspace)
};

const QString kIntentColumns =
    QStringLiteral("id, ticket_id, account_id, target, operation, push_key, state, "
                   "attempts, last_error, created_at, updated_at");

QString operationName(PushIntent::Operation operation)
{
    switch (operation) {
    case PushIntent::Operation::Create:
        return QStringLiteral("create");
    case PushIntent::Operation::Update:
        return QStringLiteral("update");
    case PushIntent::Operation::Link:
        return QStringLiteral("link");
    }
    return {};
}

QString stateName(PushIntent::State state)
{
    switch (state) {
    case PushIntent::State::Intended:
        return QStringLiteral("intended");
    case PushIntent::State::Confirmed:
        return QStringLiteral("confirmed");
    case PushIntent::State::Failed:
        return QStringLiteral("failed");
    case PushIntent::State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

// QtSql binds a null QString as NULL; these columns hold text, possibly empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

PushIntent intentFromQuery(const QSqlQuery &query)
{
    PushIntent intent;
    intent.id = query.value(0).toLongLong();
    intent.ticketId = query.value(1).toString();
    intent.accountId = query.value(2).toString();
    intent.target = query.value(3).toString();
    const QString operation = query.value(4).toString();
    for (auto candidate :
         {PushIntent::Operation::Create, PushIntent::Operation::Update, PushIntent::Operation::Link})
        if (operationName(candidate) == operation)
            intent.operation = candidate;
    const QString state = query.value(6).toString();
    for (auto candidate : {PushIntent::State::Intended, PushIntent::State::Confirmed,
                           PushIntent::State::Failed, PushIntent::State::Unknown})
        if (stateName(candidate) == state)
            intent.state = candidate;
    intent.pushKey = query.value(5).toString();
    intent.attempts = query.value(7).toInt();
    intent.lastError = query.value(8).toString();
    intent.createdAt = parseIsoTimestamp(query.value(9).toString());
    intent.updatedAt = parseIsoTimestamp(query.value(10).toString());
    return intent;
}

} // namespace

Result<qint64> Workspace::recordPushIntent(const PushIntent &intent)
{
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    auto ran = store::run(
        database(),
        QStringLiteral("INSERT INTO push_outbox (ticket_id, account_id, target, operation, push_key, "
                       "state, attempts, last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
        {intent.ticketId, intent.accountId, text(intent.target), operationName(intent.operation),
         text(intent.pushKey), stateName(PushIntent::State::Intended), intent.attempts + 1,
         text(intent.lastError), now, now},
        Text::tr("recording the push of ticket %1").arg(intent.ticketId));
    if (!ran)
        return ran.error();
    return ran.value().lastInsertId().toLongLong();
}

Status Workspace::setPushIntentState(qint64 intentId, PushIntent::State state, const QString &error)
{
    auto ran = store::run(
        database(),
        QStringLiteral("UPDATE push_outbox SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"),
        {stateName(state), text(error), isoTimestamp(QDateTime::currentDateTimeUtc()), intentId},
        Text::tr("recording the outcome of push %1").arg(intentId));
    if (!ran)
        return ran.error();
    if (ran.value().numRowsAffected() != 1)
        return Error{Text::tr("There is no push intent %1.").arg(intentId), {}};
    return {};
}

Result<QList<PushIntent>> Workspace::openPushIntents(const QString &accountId) const
{
    QString statement = QStringLiteral("SELECT %1 FROM push_outbox WHERE state IN ('intended', 'unknown')")
                            .arg(kIntentColumns);
    QVariantList values;
    if (!accountId.isEmpty()) {
        statement += QStringLiteral(" AND account_id = ?");
        values.append(accountId);
    }
    auto ran = store::run(database(), statement + QStringLiteral(" ORDER BY id"), values,
                          Text::tr("reading the open pushes"));
    if (!ran)
        return ran.error();
    QList<PushIntent> intents;
    while (ran.value().next())
        intents.append(intentFromQuery(ran.value()));
    return intents;
}

} // namespace docket
