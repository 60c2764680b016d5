// A server job's progress (client/net/jobwatcher.h) on a progress bar, for the screens that start
// jobs (当初課税, the OCR batch import): from the first report with a total the bar's range is the
// total, its value what is done and its text (the bar's own format, 「%v / %m 枚」) shown.
#pragma once

class QProgressBar;

namespace kikan::client {

class JobWatcher;

void showJobProgress(JobWatcher *job, QProgressBar *bar);

} // namespace kikan::client
