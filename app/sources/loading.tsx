export { LoadingMessage as default } from "@/components/layout/loading-message";
