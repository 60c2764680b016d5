// One filled page drawn on an image of the paper (white, no print offset) at a resolution: the
// client's preview of the pages the server prepared (client/printing/formpages.h). Defined in
// formrenderer.cpp beside the PDF and printer paths, with the same layout pass.
#pragma once

#include "formrenderer.h"

#include <QImage>

namespace kikan::forms {

core::Result<QImage> renderPageImage(const FormRenderer &renderer, const PageData &page, double dpi);

} // namespace kikan::forms
