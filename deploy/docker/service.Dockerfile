# One image per OneWindow service, from the repository root:
#   docker build -f deploy/docker/service.Dockerfile --build-arg APP=intake -t onewindow/intake .
# APP is intake, routing, arbitration or mediation. Node 24 LTS; runs as the unprivileged `node` user.

FROM node:24-bookworm-slim AS build
ARG APP
WORKDIR /workspace
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run contracts:generate --skip-nx-cache && node tools/build/build-app.mjs "${APP}"

FROM node:24-bookworm-slim AS runtime
ARG APP
ENV NODE_ENV=production \
    ONEWINDOW_BIND_ADDRESS=0.0.0.0 \
    OW_PROTO_ROOT=/app/proto
WORKDIR /app
COPY --from=build --chown=node:node /workspace/dist/apps/${APP}/ ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
USER node
# gRPC on 5005x and /health on 808x by default (<APP>_GRPC_PORT / <APP>_HEALTH_PORT); Kubernetes probes
# use /health (the Helm charts come with the deployment issue).
EXPOSE 50051 50052 50053 8081 8082 8083
ENV APP=${APP}
CMD ["sh", "-c", "exec node apps/${APP}/src/main.js"]
