#include "fake_taskforge_server.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

FakeHttpServer::Response json(int status, const QJsonObject &object)
{
    return {status, "application/json", {QJsonDocument(object).toJson(QJsonDocument::Compact)}};
}

FakeHttpServer::Response error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                               {QStringLiteral("message"), message}}}});
}

QJsonObject ticket(int number, const QString &type, const QString &title, const QJsonArray &dependencies)
{
    return {{QStringLiteral("external_id"), QStringLiteral("SPEC-%1").arg(number)},
            {QStringLiteral("ticket_type"), type},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QStringLiteral("From the spec.")},
            {QStringLiteral("acceptance_criteria"), QJsonArray{QStringLiteral("%1 works").arg(title)}},
            {QStringLiteral("labels"), QJsonArray{QStringLiteral("billing")}},
            {QStringLiteral("dependencies"), dependencies},
            {QStringLiteral("story_points"), 5},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("parent_external_id"), QJsonValue()},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("component"), QStringLiteral("billing")},
                                                     {QStringLiteral("confidence"), 0.84}}}};
}

} // namespace

FakeTaskForgeServer::FakeTaskForgeServer(QString apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(std::move(apiKey))
{
    m_http.setHandler([this](const FakeHttpServer::Request &request) { return respond(request); });
}

QUrl FakeTaskForgeServer::url() const
{
    return m_http.url();
}

void FakeTaskForgeServer::setPollsUntilDone(int polls)
{
    m_pollsUntilDone = polls;
}

void FakeTaskForgeServer::setResult(const QJsonObject &result)
{
    m_result = result;
}

void FakeTaskForgeServer::setJobFailure(const QString &code, const QString &message)
{
    m_jobFailure = ServiceError{0, code, message};
}

void FakeTaskForgeServer::failNextRequest(int status, const QString &code, const QString &message)
{
    m_nextError = ServiceError{status, code, message};
}

void FakeTaskForgeServer::dropNextReply()
{
    m_dropNextReply = true;
}

QString FakeTaskForgeServer::jobStatus(const QString &jobId) const
{
    for (const Job &job : m_jobs) {
        if (job.id == jobId)
            return job.status;
    }
    return {};
}

QJsonObject FakeTaskForgeServer::sampleResult()
{
    return {
        {QStringLiteral("schema_version"), QStringLiteral("tickets.result.v1")},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Customer Billing Reconciliation Workspace")},
                     {QStringLiteral("summary"), QStringLiteral("Investigate billing discrepancies.")}}},
        {QStringLiteral("tickets"),
         QJsonArray{ticket(1, QStringLiteral("story"), QStringLiteral("Show invoices and payments"), {}),
                    ticket(2, QStringLiteral("task"), QStringLiteral("Reconcile refunds"),
                           {QStringLiteral("SPEC-1")})}},
        {QStringLiteral("risks"), QJsonArray{QStringLiteral("Payment provider data may lag")}},
        {QStringLiteral("open_questions"), QJsonArray()},
        {QStringLiteral("generation"),
         QJsonObject{{QStringLiteral("model"), QStringLiteral("qwen3:1.7b")},
                     {QStringLiteral("duration_ms"), 388400},
                     {QStringLiteral("prompt_tokens"), QJsonValue()},
                     {QStringLiteral("completion_tokens"), QJsonValue()},
                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}};
}

FakeTaskForgeServer::Job *FakeTaskForgeServer::find(const QString &jobId)
{
    for (Job &job : m_jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

QJsonObject FakeTaskForgeServer::jobJson(const Job &job) const
{
    const QString statusUrl = QStringLiteral("/tickets/v1/jobs/") + job.id;
    QJsonObject object{{QStringLiteral("schema_version"), QStringLiteral("tickets.job.v1")},
                       {QStringLiteral("job_id"), job.id},
                       {QStringLiteral("status"), job.status},
                       {QStringLiteral("title"), job.title},
                       {QStringLiteral("status_url"), statusUrl},
                       {QStringLiteral("result_url"), statusUrl + QStringLiteral("/result")},
                       {QStringLiteral("created_at"), QStringLiteral("2026-05-22T12:35:27.722228+00:00")}};
    if (job.status == QLatin1String("failed") && m_jobFailure)
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), m_jobFailure->code},
                                  {QStringLiteral("message"), m_jobFailure->message}});
    return object;
}

FakeHttpServer::Response FakeTaskForgeServer::respond(const FakeHttpServer::Request &request)
{
    if (request.headers.value("authorization") != "Bearer " + m_apiKey.toUtf8())
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("Missing or invalid API key."));
    if (m_nextError) {
        const ServiceError next = *std::exchange(m_nextError, std::nullopt);
        return error(next.status, next.code, next.message);
    }
    FakeHttpServer::Response response = route(request);
    if (std::exchange(m_dropNextReply, false)) {
        // The work is done, but the client never learns: half an answer, then a closed connection.
        const QByteArray body = response.chunks.value(0);
        response.chunks = {body.left(5), body.mid(5)};
        response.dropAfterChunks = 1;
    }
    return response;
}

FakeHttpServer::Response FakeTaskForgeServer::route(const FakeHttpServer::Request &request)
{
    const QString path = QString::fromUtf8(request.path);
    const QString jobs = QStringLiteral("/tickets/v1/jobs");
    if (path == jobs || path == QLatin1String("/v1/task-generation/jobs")) {
        if (request.method == "POST")
            return submit(request);
        if (request.method == "GET") {
            QJsonArray list;
            for (const Job &job : std::as_const(m_jobs))
                list.append(jobJson(job));
            return json(200, {{QStringLiteral("jobs"), list}});
        }
        return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET or POST."));
    }
    if (!path.startsWith(jobs + QLatin1Char('/')))
        return error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));

    const QStringList rest = path.mid(jobs.size() + 1).split(QLatin1Char('/'));
    Job *job = find(rest.value(0));
    if (!job)
        return error(404, QStringLiteral("job_not_found"), QStringLiteral("No job %1.").arg(rest.value(0)));
    if (rest.size() == 2 && rest.at(1) == QLatin1String("result") && request.method == "GET") {
        if (job->status != QLatin1String("succeeded"))
            return error(409, QStringLiteral("job_not_ready"),
                         QStringLiteral("The job is %1.").arg(job->status));
        QJsonObject result = m_result;
        result.insert(QStringLiteral("job_id"), job->id);
        return json(200, result);
    }
    if (rest.size() != 1)
        return error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
    if (request.method == "DELETE") {
        if (job->status == QLatin1String("queued") || job->status == QLatin1String("running"))
            job->status = QStringLiteral("cancelled");
        return json(200, jobJson(*job));
    }
    if (request.method == "GET") {
        if (job->status == QLatin1String("queued") || job->status == QLatin1String("running")) {
            ++job->polls;
            if (job->polls < m_pollsUntilDone)
                job->status = QStringLiteral("running");
            else
                job->status = m_jobFailure ? QStringLiteral("failed") : QStringLiteral("succeeded");
        }
        return json(200, jobJson(*job));
    }
    return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET or DELETE."));
}

FakeHttpServer::Response FakeTaskForgeServer::submit(const FakeHttpServer::Request &request)
{
    const QJsonObject body = request.json();
    if (body.value(QStringLiteral("schema_version")).toString() != QLatin1String("tickets.input.v1"))
        return error(422, QStringLiteral("invalid_schema_version"),
                     QStringLiteral("schema_version must be tickets.input.v1."));
    const QString key = body.value(QStringLiteral("idempotency_key")).toString();
    if (key.isEmpty() || body.value(QStringLiteral("spec")).toString().isEmpty())
        return error(422, QStringLiteral("invalid_input"),
                     QStringLiteral("idempotency_key and spec are required."));
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.idempotencyKey == key)
            return json(200, jobJson(job)); // the same submission again: the same job
    }
    Job job;
    job.id = QStringLiteral("019e4fae-f96a-78b2-be03-%1").arg(m_jobs.size() + 1, 12, 10, QLatin1Char('0'));
    job.idempotencyKey = key;
    job.title = body.value(QStringLiteral("title")).toString();
    job.status = QStringLiteral("queued");
    m_jobs.append(job);
    return json(202, jobJson(job));
}
