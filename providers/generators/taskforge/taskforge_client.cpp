#include "taskforge_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace docket {

namespace {

TaskForgeJob jobFromJson(const QJsonObject &object)
{
    TaskForgeJob job;
    job.jobId = object.value(QStringLiteral("job_id")).toString();
    job.status = object.value(QStringLiteral("status")).toString().toLower();
    job.createdAt =
        QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    const QJsonValue error = object.value(QStringLiteral("error"));
    job.error =
        error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    return job;
}

} // namespace

bool TaskForgeJob::isFinished() const
{
    return status == QLatin1String("succeeded") || status == QLatin1String("completed") ||
           status == QLatin1String("done") || status == QLatin1String("finished");
}

bool TaskForgeJob::isFailed() const
{
    return status == QLatin1String("failed") || status == QLatin1String("error") ||
           status == QLatin1String("errored");
}

bool TaskForgeJob::isCancelled() const
{
    return status == QLatin1String("cancelled") || status == QLatin1String("canceled");
}

TaskForgeClient::TaskForgeClient(QNetworkAccessManager *network, QUrl baseUrl, QString apiKey,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{}

QString TaskForgeClient::serviceError(int httpStatus, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message;
    QString code = object.value(QStringLiteral("code")).toString();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isObject()) {
        message = error.toObject().value(QStringLiteral("message")).toString();
        if (code.isEmpty())
            code = error.toObject().value(QStringLiteral("code")).toString();
    } else {
        message = error.toString();
    }
    if (message.isEmpty())
        message = object.value(QStringLiteral("detail")).toString();
    QString text = tr("TaskForge answered HTTP %1").arg(httpStatus);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!code.isEmpty())
        text += QStringLiteral(" (%1)").arg(code);
    return text;
}

QNetworkReply *TaskForgeClient::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    reply->setParent(this);
    return reply;
}

void TaskForgeClient::expectObject(QNetworkReply *reply, std::function<void(Result<QJsonObject>)> done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return; // aborted by us: whoever aborted has already reported
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status >= 400) {
            done(Error{serviceError(status, body), reply->url().path()});
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(Error{tr("TaskForge cannot be reached: %1").arg(reply->errorString()), reply->url().host()});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            done(Error{tr("TaskForge sent a reply that is not a JSON object."), reply->url().path()});
            return;
        }
        done(document.object());
    });
}

void TaskForgeClient::submit(const TaskForgeInput &input, Callback<TaskForgeJob> done)
{
    QJsonObject options{{QStringLiteral("include_epics"), input.includeEpics},
                        {QStringLiteral("dependency_mode"), QStringLiteral("explicit")},
                        {QStringLiteral("output_detail"), QStringLiteral("standard")}};
    if (input.ticketCount > 0)
        options.insert(QStringLiteral("ticket_count"), input.ticketCount);
    if (input.maxTicketCount > 0)
        options.insert(QStringLiteral("max_ticket_count"), input.maxTicketCount);
    const QJsonObject body{{QStringLiteral("schema_version"), QStringLiteral("tickets.input.v1")},
                           {QStringLiteral("idempotency_key"), input.idempotencyKey},
                           {QStringLiteral("title"), input.title},
                           {QStringLiteral("spec"), input.spec},
                           {QStringLiteral("options"), options}};
    expectObject(
        send("POST", QStringLiteral("/tickets/v1/jobs"), QJsonDocument(body).toJson(QJsonDocument::Compact)),
        [done](Result<QJsonObject> reply) {
            if (!reply)
                return done(reply.error());
            done(jobFromJson(reply.value()));
        });
}

void TaskForgeClient::status(const QString &jobId, Callback<TaskForgeJob> done)
{
    expectObject(send("GET", QStringLiteral("/tickets/v1/jobs/") + jobId), [done](Result<QJsonObject> reply) {
        if (!reply)
            return done(reply.error());
        done(jobFromJson(reply.value()));
    });
}

void TaskForgeClient::result(const QString &jobId, Callback<QJsonObject> done)
{
    expectObject(send("GET", QStringLiteral("/tickets/v1/jobs/%1/result").arg(jobId)), std::move(done));
}

void TaskForgeClient::cancel(const QString &jobId, Callback<TaskForgeJob> done)
{
    expectObject(send("DELETE", QStringLiteral("/tickets/v1/jobs/") + jobId),
                 [done](Result<QJsonObject> reply) {
                     if (!reply)
                         return done(reply.error());
                     done(jobFromJson(reply.value()));
                 });
}

void TaskForgeClient::list(Callback<QList<TaskForgeJob>> done)
{
    expectObject(send("GET", QStringLiteral("/tickets/v1/jobs")), [done](Result<QJsonObject> reply) {
        if (!reply)
            return done(reply.error());
        QList<TaskForgeJob> jobs;
        // The listing is not specified further than "jobs of this client": accept the usual keys.
        QJsonArray array = reply.value().value(QStringLiteral("jobs")).toArray();
        if (array.isEmpty())
            array = reply.value().value(QStringLiteral("items")).toArray();
        if (array.isEmpty())
            array = reply.value().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &job : std::as_const(array))
            jobs.append(jobFromJson(job.toObject()));
        done(jobs);
    });
}

void TaskForgeClient::abortAll()
{
    for (QNetworkReply *reply : findChildren<QNetworkReply *>())
        reply->abort();
}

} // namespace docket
