#include "rule_generator.h"

#include "rule_engine.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace docket {

RuleGenerator::RuleGenerator(QObject *parent)
    : TicketGenerator(parent)
{}

RuleGenerator::~RuleGenerator()
{
    if (m_watcher) {
        cancel();
        m_watcher->waitForFinished();
    }
}

void RuleGenerator::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void RuleGenerator::start(const GenerationRequest &request)
{
    if (m_watcher && m_watcher->isRunning()) {
        emit failed(tr("A generation is already running."));
        return;
    }
    delete m_watcher;
    m_watcher = new QFutureWatcher<Result<DraftSet>>(this);
    m_cancelled = std::make_shared<std::atomic_bool>(false);

    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<DraftSet> result = m_watcher->result();
        if (result)
            emit finished(result.value());
        else
            emit failed(result.error().message);
    });

    QPointer<RuleGenerator> self(this);
    auto progress = [self](int percent) {
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
                if (self)
                    emit self->progressChanged(percent, QString());
            },
            Qt::QueuedConnection);
    };
    m_watcher->setFuture(QtConcurrent::run(
        [request, flag = m_cancelled, progress] { return rules::generate(request, flag.get(), progress); }));
}

} // namespace docket
