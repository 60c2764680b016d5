// A job's progress on a bar (jobprogress.h).
#include "jobprogress.h"

#include "client/net/jobwatcher.h"

#include <QProgressBar>

namespace kikan::client {

void showJobProgress(JobWatcher *job, QProgressBar *bar)
{
    QObject::connect(job, &JobWatcher::progressed, bar, [bar](qint64 done, qint64 total) {
        if (total <= 0)
            return; // still queued, or nothing counted yet: the bar stays busy
        bar->setRange(0, int(total));
        bar->setValue(int(done));
        bar->setTextVisible(true);
    });
}

} // namespace kikan::client
