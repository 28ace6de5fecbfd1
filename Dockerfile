# cgviz web app. The same install as the README, without the editable flag:
#   pip install ".[export]"   then   cgviz serve
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --shell /usr/sbin/nologin cgviz

# libcairo2 and a font for `cgviz render -o f.png|f.pdf` (the export extra, cairosvg): the
# slim image has neither. DejaVu Sans is the font the layout measures text for.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcairo2 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY . /src
RUN pip install --no-cache-dir ".[export]" \
    && rm -rf /src

WORKDIR /home/cgviz
USER cgviz

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=3).status == 200 else 1)"]

# One server process per CPU the container may use (cgroup quota included); WORKERS=N sets it.
# Each runs every build in a worker process of its own (docs/serving.md).
CMD ["cgviz", "serve", "--host", "0.0.0.0", "--port", "8000"]
