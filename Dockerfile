# The api image: builds with the full toolchain (better-sqlite3 compiles from source), runs slim.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# The printed forms embed Noto Sans CJK (FORM_FONT overrides it).
RUN apt-get update -q && apt-get install -y -q --no-install-recommends fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
