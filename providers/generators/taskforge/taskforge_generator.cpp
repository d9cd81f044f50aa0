#include "taskforge_generator.h"

#include "generators/draft_repair.h"

#include <QCryptographicHash>

namespace docket {

namespace {
constexpr int kSubmitAttempts = 2;
}

TaskForgeGenerator::TaskForgeGenerator(QNetworkAccessManager *network, GeneratorSettings settings,
                                       int pollMilliseconds, QObject *parent)
    : TicketGenerator(parent)
    , m_settings(std::move(settings))
    , m_client(network, m_settings.baseUrl, m_settings.apiKey)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(pollMilliseconds);
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
    hash.addData(request.document.id.toUtf8());
    hash.addData(input.spec.toUtf8());
    hash.addData(QByteArray::number(input.ticketCount) + ':' + QByteArray::number(input.maxTicketCount));
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
    m_input = inputFor(request);
    m_clock.start();
    emit progressChanged(0, tr("Submitting the spec to TaskForge"));
    submit(1);
}

void TaskForgeGenerator::submit(int attempt)
{
    m_client.submit(m_input, [this, attempt](Result<TaskForgeJob> job) {
        if (m_done)
            return;
        if (!job) {
            // Only a connection failure is retried: the key makes it safe. The service's own
            // refusals (bad key, invalid input) are final.
            const bool unreachable = !job.error().message.contains(QLatin1String("HTTP"));
            if (unreachable && attempt < kSubmitAttempts)
                return submit(attempt + 1);
            return fail(job.error().message);
        }
        m_job = job.value();
        emit progressChanged(10, tr("TaskForge job %1 is %2").arg(m_job.jobId, m_job.status));
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
        if (m_job.isFailed())
            return fail(
                tr("The TaskForge job failed: %1").arg(m_job.error.isEmpty() ? m_job.status : m_job.error));
        if (m_job.isCancelled())
            return fail(tr("The TaskForge job was cancelled."));
        if (m_clock.elapsed() > qint64(m_settings.timeoutSeconds) * 1000)
            return fail(tr("The TaskForge job did not finish within %n second(s).", nullptr,
                           m_settings.timeoutSeconds));
        emit progressChanged(qMin(90, 10 + int(m_clock.elapsed() / 1000)),
                             tr("TaskForge job %1 is %2").arg(m_job.jobId, m_job.status));
        m_pollTimer.start();
    });
}

void TaskForgeGenerator::fetchResult()
{
    m_client.result(m_job.jobId, [this](Result<QJsonObject> result) {
        if (m_done)
            return;
        if (!result)
            return fail(result.error().message);
        DraftSet set = repairDrafts(result.value());
        set.jobId = m_job.jobId;
        set.generation.generator = id();
        const QJsonObject generation = result.value().value(QStringLiteral("generation")).toObject();
        set.generation.model = generation.value(QStringLiteral("model")).toString();
        set.generation.finishReason =
            generation.value(QStringLiteral("finish_reason")).toString(QStringLiteral("stop"));
        if (generation.value(QStringLiteral("prompt_tokens")).isDouble())
            set.generation.promptTokens = generation.value(QStringLiteral("prompt_tokens")).toInt();
        if (generation.value(QStringLiteral("completion_tokens")).isDouble())
            set.generation.completionTokens = generation.value(QStringLiteral("completion_tokens")).toInt();
        set.generation.durationMs = m_clock.elapsed();
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
