# syntax=docker/dockerfile:1
# Mirrors `make run`: a virtual environment with brandwatch installed through constraints.txt.

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/brandwatch
ENV PATH=/opt/brandwatch/bin:$PATH
COPY pyproject.toml constraints.txt README.md ./
COPY src ./src
COPY rules ./rules
RUN pip install --no-cache-dir -c constraints.txt '.[transformers]'
# Bake a sentiment model into the image: --build-arg SENTIMENT_MODEL=<hub id> (needs network at build).
ARG SENTIMENT_MODEL=""
ENV HF_HOME=/opt/hf
RUN if [ -n "$SENTIMENT_MODEL" ]; then \
      python -c "import sys; from huggingface_hub import snapshot_download; snapshot_download(sys.argv[1])" \
        "$SENTIMENT_MODEL"; \
    else mkdir -p /opt/hf; fi

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 brandwatch
COPY --from=build /opt/brandwatch /opt/brandwatch
COPY --from=build --chown=brandwatch /opt/hf /opt/hf
COPY config /etc/brandwatch
ENV PATH=/opt/brandwatch/bin:$PATH \
    HF_HOME=/opt/hf \
    BRANDWATCH_CONFIG=/etc/brandwatch/brandwatch.yaml \
    PYTHONUNBUFFERED=1
USER brandwatch
WORKDIR /home/brandwatch
VOLUME ["/var/lib/brandwatch"]
ENTRYPOINT ["brandwatch"]
CMD ["scan", "--sample", "--format", "table"]
