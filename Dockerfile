# The Partnership Tracker API, as docker-compose.yml runs it against EventStoreDB.
# node:20 (Debian) carries the toolchain better-sqlite3 may need to build its native addon.
FROM node:20

ENV CI=true
WORKDIR /app
RUN mkdir -p /app/data && chown -R node:node /app
USER node

COPY --chown=node:node . .
# Installed here, with the pinned pnpm, so that `npm start` (whose prestart runs the same
# install) finds everything in place and needs no network when the container starts.
RUN npx -y pnpm@10.34.8 install --frozen-lockfile --reporter=append-only

# Listen on every interface inside the container; the store and port come from compose.
ENV HOST=0.0.0.0 \
    PORT=4000 \
    TRACKER_DB=/app/data/tracker.db
EXPOSE 4000
VOLUME ["/app/data"]

CMD ["npm", "start"]
