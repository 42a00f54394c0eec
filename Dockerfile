# Rapport: build with every dependency, run with production dependencies only.
# The same steps as a manual production install (README, "Production"):
#   npm ci && npm run build, then npm ci --omit=dev, then node bin/rapport.js serve.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The sources stay in the image: the server offers them at /source.tar.gz (AGPL-3.0 §13).
COPY . .
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# The embedded database's directory (unused with DATABASE_URL), owned by the unprivileged user.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
# /ready: the database answers and its migrations are applied. The slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, so `docker stop`'s SIGTERM reaches the server: it finishes in-flight
# requests and jobs (SHUTDOWN_TIMEOUT_MS, 8 s by default, inside Docker's 10 s) and exits.
# No demo data in an image meant for production: `serve` alone loads it into an empty
# embedded database.
CMD ["node", "bin/rapport.js", "serve", "--no-demo"]
