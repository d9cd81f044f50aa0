#include "taskforge_generator.h"

#include "domain/draft_json.h"
#include "generators/draft_repair.h"

#include <QCryptographicHash>

namespace docket {

namespace {

TaskForgeClientOptions clientOptions(const GeneratorSettings &settings, const TaskForgeOptions &options)
{
    TaskForgeClientOptions client;
    client.requestTimeoutMs = qMax(1, settings.timeoutSeconds) * 1000;
    client.retryDelayMs = options.retryDelayMs;
    return client;
}

} // namespace

TaskForgeGenerator::TaskForgeGenerator(QNetworkAccessManager *network, GeneratorSettings settings,
                                       TaskForgeOptions options, QObject *parent)
    : TicketGenerator(parent)
    , m_settings(std::move(settings))
    , m_options(options)
    , m_client(network, m_settings.baseUrl, m_settings.apiKey, clientOptions(m_settings, options))
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &TaskForgeGenerator::poll);
}

TaskForgeInput TaskForgeGenerator::inputFor(const GenerationRequest &request)
{
    TaskForgeInput input;
    input.title = request.document.title;
    QStringList parts;
    for (const Block &block : request.blocks) {
        if (block.type == BlockType::Heading)
            parts.append(QString(qMax(1, block.headingLevel), QLatin1Char('#')) + QLatin1Char(' ') +
                         block.text);
        else if (request.includeBlockTypes.isEmpty() || request.includeBlockTypes.contains(block.type))
            parts.append(block.text);
    }
    input.spec = parts.join(QStringLiteral("\n\n"));
    input.ticketCount = request.ticketCountHint;
    input.maxTicketCount = request.maxTicketCount;
    // The same document, text and options always give the same key: a submit retried after a
    // dropped connection finds its job instead of starting a second one.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field :
         {request.document.id, input.title, input.spec, QString::number(input.ticketCount),
          QString::number(input.maxTicketCount), QString::number(input.includeEpics), input.dependencyMode,
          input.outputDetail}) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // a separator no field contains: "ab"+"c" != "a"+"bc"
    }
    input.idempotencyKey = QStringLiteral("docket-") + QString::fromLatin1(hash.result().toHex().left(32));
    return input;
}

void TaskForgeGenerator::start(const GenerationRequest &request)
{
    if (!m_done) {
        emit failed(tr("A generation is already running."));
        return;
    }
    m_done = false;
    m_job = {};
    m_request = request;
    m_clock.start();
    emit progressChanged(0, tr("Submitting the spec to TaskForge"));
    submit();
}

void TaskForgeGenerator::submit()
{
    // The client sends a submit that failed on the way again, with the same key.
    m_client.submit(inputFor(m_request), [this](Result<TaskForgeJob> job) {
        if (m_done)
            return;
        if (!job)
            return fail(job.error().message);
        m_job = job.value();
        emit progressChanged(10, tr("TaskForge job %1 is %2").arg(m_job.jobId, m_job.status));
        if (m_job.isFinished())
            return fetchResult(); // the key found a job that is already done
        m_pollTimer.start();
    });
}

void TaskForgeGenerator::poll()
{
    m_client.status(m_job.jobId, [this](Result<TaskForgeJob> job) {
        if (m_done)
            return;
        if (!job)
            return fail(job.error().message);
        m_job = job.value();
        if (m_job.isFinished())
            return fetchResult();
        if (m_job.isFailed()) {
            QString reason = m_job.error.isEmpty() ? m_job.status : m_job.error;
            if (!m_job.errorCode.isEmpty())
                reason += QStringLiteral(" (%1)").arg(m_job.errorCode);
            return fail(tr("The TaskForge job failed: %1").arg(reason));
        }
        if (m_job.isCancelled())
            return fail(tr("The TaskForge job was cancelled on the service."));
        if (m_clock.elapsed() > qint64(m_options.jobTimeoutSeconds) * 1000) {
            const QString jobId = m_job.jobId;
            fail(tr("The TaskForge job did not finish within %n second(s); it was cancelled.", nullptr,
                    m_options.jobTimeoutSeconds));
            m_client.cancel(jobId, [](Result<TaskForgeJob>) {}); // best effort
            return;
        }
        // Progress creeps toward 90% while the job runs; the service reports no fraction.
        const qint64 seconds = m_clock.elapsed() / 1000;
        emit progressChanged(int(10 + 80 * seconds / (seconds + 60)),
                             tr("TaskForge job %1 is %2").arg(m_job.jobId, m_job.status));
        m_pollTimer.start();
    });
}

void TaskForgeGenerator::fetchResult()
{
    emit progressChanged(90, tr("Fetching the tickets of TaskForge job %1").arg(m_job.jobId));
    m_client.result(m_job.jobId, [this](Result<QJsonObject> result) {
        if (m_done)
            return;
        if (!result)
            return fail(result.error().message);
        const QJsonObject &object = result.value();
        if (!object.value(QStringLiteral("tickets")).isArray())
            return fail(tr("The TaskForge result has no \"tickets\" list."));
        DraftSet set = repairDrafts(object);
        limitDrafts(set, m_request.maxTicketCount);
        set.jobId = m_job.jobId;
        if (set.sourceTitle.isEmpty())
            set.sourceTitle = m_request.document.title;
        set.generation.generator = id();
        const QJsonObject generation = object.value(QStringLiteral("generation")).toObject();
        set.generation.model = generation.value(QStringLiteral("model")).toString();
        set.generation.finishReason =
            generation.value(QStringLiteral("finish_reason")).toString(QStringLiteral("stop"));
        if (generation.value(QStringLiteral("prompt_tokens")).isDouble())
            set.generation.promptTokens = generation.value(QStringLiteral("prompt_tokens")).toInt();
        if (generation.value(QStringLiteral("completion_tokens")).isDouble())
            set.generation.completionTokens = generation.value(QStringLiteral("completion_tokens")).toInt();
        set.generation.durationMs = m_clock.elapsed();
        const QString schema = object.value(QStringLiteral("schema_version")).toString();
        if (!schema.isEmpty() && schema != QLatin1String(kTicketsResultSchema))
            set.generation.warnings.prepend(
                tr("TaskForge answered with schema %1; it was read as tickets.result.v1.").arg(schema));
        m_done = true;
        emit progressChanged(100, tr("Done"));
        emit finished(set);
    });
}

void TaskForgeGenerator::cancel()
{
    if (m_done)
        return;
    const QString jobId = m_job.jobId;
    fail(tr("Generation cancelled."));
    if (!jobId.isEmpty())
        m_client.cancel(jobId, [](Result<TaskForgeJob>) {}); // best effort: the job stops using the service
}

void TaskForgeGenerator::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    m_client.abortAll();
    emit failed(message);
}

} // namespace docket
