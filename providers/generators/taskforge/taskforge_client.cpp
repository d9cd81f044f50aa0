#include "taskforge_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace docket {

namespace {

constexpr const char *kTimedOut = "docketTimedOut";

// The service's error as a message and a code, from {"error": {...}}, {"error": "..."},
// {"detail": "..."} or {"message": ..., "code": ...}.
std::pair<QString, QString> errorOf(const QJsonObject &object)
{
    const QJsonValue error = object.value(QStringLiteral("error"));
    QString message =
        error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    QString code = error.toObject().value(QStringLiteral("code")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("detail")).toString();
    if (code.isEmpty())
        code = object.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        code = object.value(QStringLiteral("error_code")).toString();
    return {message, code};
}

TaskForgeJob jobFromJson(const QJsonObject &object)
{
    TaskForgeJob job;
    job.jobId = object.value(QStringLiteral("job_id")).toString();
    if (job.jobId.isEmpty())
        job.jobId = object.value(QStringLiteral("id")).toString();
    job.status = object.value(QStringLiteral("status")).toString().trimmed().toLower();
    job.createdAt =
        QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    job.title = object.value(QStringLiteral("title")).toString();
    std::tie(job.error, job.errorCode) = errorOf(object);
    return job;
}

// Worth sending again: the way to the service failed (no connection, a reset, a timeout, also
// half-way through an answer), or a gateway in front of it did.
bool isTransient(int httpStatus, QNetworkReply::NetworkError error)
{
    if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return true;
    const bool transport = error > QNetworkReply::NoError && error <= QNetworkReply::UnknownNetworkError;
    return transport && error != QNetworkReply::TooManyRedirectsError &&
           error != QNetworkReply::InsecureRedirectError;
}

} // namespace

bool TaskForgeJob::isFinished() const
{
    return status == QLatin1String("succeeded") || status == QLatin1String("completed") ||
           status == QLatin1String("complete") || status == QLatin1String("done") ||
           status == QLatin1String("finished") || status == QLatin1String("success");
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
                                 TaskForgeClientOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_options(options)
{}

QString TaskForgeClient::serviceError(int httpStatus, const QByteArray &body)
{
    const auto [message, code] = errorOf(QJsonDocument::fromJson(body).object());
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
    // Our own timer rather than a transfer timeout: an abort by timeout must be told apart from
    // an abort by abortAll().
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(m_options.requestTimeoutMs);
    return reply;
}

void TaskForgeClient::call(const QByteArray &verb, const QString &path, const QByteArray &body, Done done,
                           int retriesLeft)
{
    QNetworkReply *reply = send(verb, path, body);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const bool timedOut = reply->property(kTimedOut).toBool();
        if (reply->error() == QNetworkReply::OperationCanceledError && !timedOut)
            return; // abortAll(): whoever aborted has already reported
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (isTransient(status, reply->error()) && retriesLeft > 0) {
            QTimer::singleShot(m_options.retryDelayMs, this, [=, this, epoch = m_epoch] {
                if (epoch == m_epoch)
                    call(verb, path, body, done, retriesLeft - 1);
            });
            return;
        }
        if (status >= 400)
            return done(Error{serviceError(status, answer), path});
        if (timedOut)
            return done(Error{tr("TaskForge did not answer within %n second(s).", nullptr,
                                 qMax(1, m_options.requestTimeoutMs / 1000)),
                              path});
        if (reply->error() != QNetworkReply::NoError)
            return done(Error{tr("TaskForge cannot be reached: %1").arg(reply->errorString()), path});
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return done(Error{tr("TaskForge sent a reply that is not a JSON object."), path});
        done(document.object());
    });
}

void TaskForgeClient::jobCall(const QByteArray &verb, const QString &path, const QByteArray &body,
                              Callback<TaskForgeJob> done)
{
    call(
        verb, path, body,
        [done](Result<QJsonObject> reply) {
            if (!reply)
                return done(reply.error());
            const TaskForgeJob job = jobFromJson(reply.value());
            if (job.jobId.isEmpty())
                return done(Error{tr("TaskForge's reply names no job."), {}});
            done(job);
        },
        m_options.retries);
}

void TaskForgeClient::submit(const TaskForgeInput &input, Callback<TaskForgeJob> done)
{
    QJsonObject options{{QStringLiteral("include_epics"), input.includeEpics},
                        {QStringLiteral("dependency_mode"), input.dependencyMode},
                        {QStringLiteral("output_detail"), input.outputDetail}};
    if (input.ticketCount > 0)
        options.insert(QStringLiteral("ticket_count"), input.ticketCount);
    if (input.maxTicketCount > 0)
        options.insert(QStringLiteral("max_ticket_count"), input.maxTicketCount);
    const QJsonObject body{{QStringLiteral("schema_version"), QStringLiteral("tickets.input.v1")},
                           {QStringLiteral("idempotency_key"), input.idempotencyKey},
                           {QStringLiteral("title"), input.title},
                           {QStringLiteral("spec"), input.spec},
                           {QStringLiteral("options"), options}};
    jobCall("POST", QStringLiteral("/tickets/v1/jobs"), QJsonDocument(body).toJson(QJsonDocument::Compact),
            std::move(done));
}

void TaskForgeClient::status(const QString &jobId, Callback<TaskForgeJob> done)
{
    jobCall("GET", QStringLiteral("/tickets/v1/jobs/") + jobId, {}, std::move(done));
}

void TaskForgeClient::result(const QString &jobId, Callback<QJsonObject> done)
{
    call("GET", QStringLiteral("/tickets/v1/jobs/%1/result").arg(jobId), {}, std::move(done),
         m_options.retries);
}

void TaskForgeClient::cancel(const QString &jobId, Callback<TaskForgeJob> done)
{
    jobCall("DELETE", QStringLiteral("/tickets/v1/jobs/") + jobId, {}, std::move(done));
}

void TaskForgeClient::list(Callback<QList<TaskForgeJob>> done)
{
    call(
        "GET", QStringLiteral("/tickets/v1/jobs"), {},
        [done](Result<QJsonObject> reply) {
            if (!reply)
                return done(reply.error());
            // The listing is not specified further than "jobs of this client": accept the usual keys.
            QJsonArray array;
            for (const char *key : {"jobs", "items", "data", "results"}) {
                array = reply.value().value(QLatin1String(key)).toArray();
                if (!array.isEmpty())
                    break;
            }
            QList<TaskForgeJob> jobs;
            for (const QJsonValue &job : std::as_const(array))
                jobs.append(jobFromJson(job.toObject()));
            done(jobs);
        },
        m_options.retries);
}

void TaskForgeClient::abortAll()
{
    ++m_epoch;
    for (QNetworkReply *reply : findChildren<QNetworkReply *>())
        reply->abort();
}

} // namespace docket
